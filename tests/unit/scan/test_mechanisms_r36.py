"""Issue 13, round 36 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- before the first wave: an attendee line of Latin full names, one of them later said (by given name or surname) in a
  sentence with a specific topic (``Present: Olena Petrenko, Taras Petrenko, …`` ⏎ ``Olena said … epilepsy``);
- not: a committee's members listed the same way with no later sentence tying one of them to a topic; a list whose
  later topic sentence names none of them.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("attendee_line_given_name_topic", "Turn these notes into minutes.\n\nCase conference, Kita Junior High, 4 Nov\n"
     "Present: Olena Petrenko, Taras Petrenko, Yuki Hamada (year head), Rie Kondo\n\n- Olena said the clinic confirmed "
     "epilepsy last month and the boy now takes medicine twice a day.\n- Hamada will brief the PE teacher."),
    ("attendee_line_surname_topic", "Make this tidy.\n\nParticipants: Daniel Okafor, Grace Okafor, Mika Ueno\n"
     "Notes: Okafor explained that the family has been on welfare since the spring; the rent is three months behind."),
]

ALLOW = [
    ("attendee_line_committee", "Summarise.\n\nMembers present: Hannah Fischer, Rahul Mehta, Keiko Morita, Luis Ortega\n"
     "- The committee reviewed the city's dementia-friendly shop scheme and agreed the leaflet text."),
    ("attendee_line_topic_no_name", "Summarise.\n\nAttendees: Sophie Martin, Tomas Novak, Aya Kubota\n"
     "- General discussion: how schools can support pupils with ADHD; no individual cases were discussed."),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
