// A real OpenID Connect provider (oidc-provider, certified) on loopback for Custos's sign-in tests.
//
//   node provider.js <port> <client_id> <client_secret> <rp_base_url>
//
// Users (password = "<name>-password"): alice (custos-officers), bob (custos-auditors), carol (staff: no
// Custos role). The login page is a plain form; consent is implied (first-party client). A test changes a
// user's groups with: POST /test-admin/groups {"user": "alice", "groups": ["custos-auditors"]}.
// Prints "READY" on stdout once it listens.
'use strict';

const { Provider } = require('oidc-provider');

const [port, clientId, clientSecret, rpBase] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const users = {
  alice: { groups: ['custos-officers'], name: 'Alice Officer' },
  bob: { groups: ['custos-auditors'], name: 'Bob Auditor' },
  carol: { groups: ['staff'], name: 'Carol Staff' },
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => { data += chunk; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [`${rpBase}/oidc/callback/`],
    post_logout_redirect_uris: [`${rpBase}/accounts/login/`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  pkce: { methods: ['S256'], required: () => true },
  scopes: ['openid', 'email', 'profile', 'groups'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
    groups: ['groups'],
  },
  cookies: { keys: ['custos-test-only-cookie-key'] },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = `<!DOCTYPE html><html><body>${form}<button form="op.logoutForm" name="logout" value="yes">Sign out</button></body></html>`;
      },
    },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // A first-party client: the grant is given without a consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      const existing = await ctx.oidc.provider.Grant.find(grantId);
      if (existing) return existing;
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile groups');
    await grant.save();
    return grant;
  },
  findAccount: async (ctx, sub) => {
    if (!users[sub]) return undefined;
    return {
      accountId: sub,
      claims: async () => ({
        sub,
        email: `${sub}@example.test`,
        email_verified: true,
        name: users[sub].name,
        preferred_username: sub,
        groups: [...users[sub].groups],
      }),
    };
  },
});

provider.use(async (ctx, next) => {
  const match = ctx.path.match(/^\/interaction\/([^/]+)(\/login)?$/);
  if (match && ctx.method === 'GET' && !match[2]) {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    ctx.type = 'html';
    ctx.body = `<!DOCTYPE html><html><body><h1>Test provider: sign in</h1><p>${escape(details.prompt.name)}</p>
<form method="post" action="/interaction/${escape(details.uid)}/login">
<input name="login"><input name="password" type="password"><button>Sign in</button></form></body></html>`;
    return;
  }
  if (match && ctx.method === 'POST' && match[2]) {
    const form = new URLSearchParams(await readBody(ctx.req));
    const login = form.get('login');
    if (!users[login] || form.get('password') !== `${login}-password`) {
      ctx.status = 401;
      ctx.body = 'wrong user name or password';
      return;
    }
    const redirectTo = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    ctx.redirect(redirectTo);
    return;
  }
  if (ctx.path === '/test-admin/groups' && ctx.method === 'POST') {
    const body = JSON.parse(await readBody(ctx.req));
    if (!users[body.user]) { ctx.status = 404; return; }
    users[body.user].groups = body.groups;
    ctx.body = { user: body.user, groups: body.groups };
    return;
  }
  await next();
});

provider.listen(Number(port), '127.0.0.1', () => { process.stdout.write('READY\n'); });
