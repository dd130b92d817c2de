// OpenID Connect provider for the aigw console sign-in tests: panva's oidc-provider (the certified reference
// implementation) on 127.0.0.1 with its development login form (any user name signs in as that user).
//
//   node idp.mjs <port> <clients JSON>
//
// GET /__test/mode?m=<mode> makes the token endpoint answer with a doctored ID token, to prove the console
// refuses it: aud (another audience), expired (exp 10 minutes ago), badsig (signed by a key the provider
// never published, same kid), issuer (another iss), nonce (another nonce); ok: untouched.
import Provider from 'oidc-provider';
import * as jose from 'jose';

const port = Number(process.argv[2]);
const clients = JSON.parse(process.argv[3]);
const issuer = `http://127.0.0.1:${port}`;

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const foreign = await jose.generateKeyPair('RS256');
const jwk = { ...(await jose.exportJWK(privateKey)), kid: 'k1', alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [jwk] },
  cookies: { keys: ['aigw-test-cookie-key-0123456789'] },
  pkce: { required: () => true, methods: ['S256'] },
  features: { devInteractions: { enabled: true } },
  claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email', 'email_verified'] },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: `sub-${id}`, preferred_username: id, name: id, email: `${id}@midorino.example`,
                 email_verified: true };
      },
    };
  },
});

let mode = 'ok';
provider.use(async (ctx, next) => {
  if (ctx.path === '/__test/mode') {
    mode = String(ctx.query.m || 'ok');
    ctx.body = { mode };
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && mode !== 'ok' && ctx.body && ctx.body.id_token) {
    const claims = jose.decodeJwt(ctx.body.id_token);
    const now = Math.floor(Date.now() / 1000);
    if (mode === 'aud') claims.aud = 'another-client';
    if (mode === 'expired') { claims.iat = now - 1200; claims.exp = now - 600; }
    if (mode === 'issuer') claims.iss = 'http://127.0.0.1:9/';
    if (mode === 'nonce') claims.nonce = 'not-the-nonce';
    const key = mode === 'badsig' ? foreign.privateKey : privateKey;
    const token = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'JWT' }).sign(key);
    ctx.body = { ...ctx.body, id_token: token };
  }
});

provider.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ event: 'idp_started', issuer }));
});
