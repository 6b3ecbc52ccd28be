// `npm run deploy:nginx`: writes deploy/site.conf, the nginx directives that deploy/nginx.conf
// includes, from the header description in src/lib/site/headers.ts. A test fails while the
// committed file differs from what this writes. With CARTE_FOND=ign or RELAY_URL, the policy also
// allows those hosts: use that output on a server whose build sets them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { headerRules, nginxSiteConf } from '../src/lib/site/headers.ts';
import { CARTE_FOND, RELAY_ORIGINS } from '../src/site-config.ts';

const target = process.argv[2] ?? path.resolve(import.meta.dirname, '../deploy/site.conf');
writeFileSync(target, nginxSiteConf(headerRules({ basemapOrigins: CARTE_FOND?.origines ?? [], connectOrigins: RELAY_ORIGINS })));
console.log(`Configuration nginx écrite : ${path.relative(process.cwd(), target)}`);
