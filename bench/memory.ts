// Peak memory (max RSS) of a fresh process verifying one 2 MB credential.
import {execFileSync} from 'node:child_process';

export function peakMemoryLargeCredential(): {maxRssMiB: number; verdict: string} {
  const script = `
    import {verify} from './shared/index.js';
    import {readFileSync} from 'node:fs';
    const credential = JSON.parse(readFileSync('test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-valid.json', 'utf8'));
    credential.credentialSubject.achievement.description = 'x'.repeat(2 * 1024 * 1024);
    const report = await verify(credential, {offline: true});
    process.stdout.write(JSON.stringify({verdict: report.verdict, maxRssKiB: process.resourceUsage().maxRSS}));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script],
    {cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8'}));
  return {maxRssMiB: out.maxRssKiB / 1024, verdict: out.verdict};
}
