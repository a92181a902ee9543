// The benchmark's figures as Markdown tables, the form the README copies.
import type {BenchResult} from './run.js';

const ms = (n: number) => n < 10 ? n.toFixed(2) : n.toFixed(1);
const ratio = (n: number | null | undefined) => n === null || n === undefined ? '—' : `${n.toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatTables(result: BenchResult): string {
  const out: string[] = [];
  const line = (...cells: string[]) => out.push(`| ${cells.join(' | ')} |`);
  const head = (...cells: string[]) => {
    line(...cells);
    line(...cells.map(() => '---'));
  };
  const m = result.machine;
  out.push(`Measured ${result.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, node ${m.node}; ` +
    `load average ${m.loadAverageAtStart.join(' / ')} at the start, ${result.loadAverageAtEnd.join(' / ')} at the end (${result.seconds} s).`, '');

  const rows = result.formats ?? [];
  if(rows.some(row => row.warm)) {
    const runs = rows.find(row => row.warm)!.warm!.runs;
    out.push(`**Warm verification**, ${runs} runs each after a warm-up, the verifiers interleaved; median (ms), and in brackets ` +
      'the ratio of the 10th percentiles, the least disturbed runs:', '');
    head('format', 'ours', 'floor', 'ours ÷ floor', 'peer verifier-core', 'ours ÷ peer', 'the floor is');
    for(const row of rows.filter(r => r.warm)) {
      const w = row.warm!;
      line(row.label, ms(w.ours), ms(w.floor), `${ratio(w.oursOverFloor)} (${ratio(w.p10OursOverFloor)})`,
        w.peer === null ? (row.peerNote ?? '—') : ms(w.peer), w.peer === null ? '—' : `${ratio(w.oursOverPeer)} (${ratio(w.p10OursOverPeer)})`,
        row.floorLabel);
    }
    out.push('');
  }
  if(rows.some(row => row.cold)) {
    const runs = rows.find(row => row.cold)!.cold!.runs;
    out.push(`**Cold**: a fresh process per run, median of ${runs}; module load, then the first verification (ms):`, '');
    head('format', 'ours: load', 'ours: first', 'floor: load', 'floor: first', 'first: ours ÷ floor', 'peer: load / first');
    for(const row of rows.filter(r => r.cold)) {
      const c = row.cold!;
      line(row.label, ms(c.ours.loadMs), ms(c.ours.firstMs), ms(c.floor.loadMs), ms(c.floor.firstMs), ratio(c.firstOursOverFloor),
        c.peer ? `${ms(c.peer.loadMs)} / ${ms(c.peer.firstMs)}` : '—');
    }
    out.push('');
  }
  if(result.batch || result.memory) {
    out.push('**Batch and memory**:', '');
    head('measure', 'seconds', 'credentials/s', 'peak memory (max RSS)');
    if(result.batch) {
      const {library, cli} = result.batch;
      line('1,000 local credentials, library, one after another', library.seconds.toFixed(2), library.perSecond.toFixed(0), '—');
      line('1,000 local credentials, command line `--json --offline`', cli.seconds.toFixed(2), cli.perSecond.toFixed(0), `${cli.maxRssMiB.toFixed(0)} MiB`);
    }
    if(result.memory) {
      const large = result.memory.largeCredential;
      line('one 2 MB credential, fresh process', '—', '—', `${large.maxRssMiB.toFixed(0)} MiB (verdict ${large.verdict})`);
    }
    out.push('');
  }
  if(result.widget) {
    const w = result.widget;
    out.push('**Web component** (gzip -9, 1 KB = 1024 B; the peer bundled with esbuild, minified, browser ES module):', '');
    head('what', 'raw', 'gzip', 'budget', 'gzip ÷ budget', 'gzip ÷ peer bundle');
    line('entry `microcredential-verify.js`', kb(w.entry.raw), kb(w.entry.gzip), kb(w.budgets.entryGzip), ratio(w.entry.gzip / w.budgets.entryGzip),
      ratio(w.entry.gzip / w.peerBundle.gzip));
    for(const lazy of w.lazy ?? []) {
      line(`loaded lazily for one ${lazy.suite} credential (${lazy.chunks.length} chunks)`, kb(lazy.raw), kb(lazy.gzip), kb(w.budgets.lazyGzip),
        ratio(lazy.gzip / w.budgets.lazyGzip), ratio(lazy.gzip / w.peerBundle.gzip));
    }
    if(!w.lazy) {
      line('loaded lazily for one credential', '—', '—', kb(w.budgets.lazyGzip), '—', w.lazyNote ?? 'not measured');
    }
    line('peer: `@digitalcredentials/verifier-core` bundled', kb(w.peerBundle.raw), kb(w.peerBundle.gzip), '—', '—', '1.00×');
    line('floor stack: `@digitalbazaar/vc` + eddsa-rdfc-2022 suite bundled', kb(w.floorBundle.raw), kb(w.floorBundle.gzip), '—', '—',
      ratio(w.floorBundle.gzip / w.peerBundle.gzip));
    out.push('');
  }
  if(result.extension) {
    const {figures, note} = result.extension;
    out.push('**Extension** on a LinkedIn-like page with 50 certification entries, headless Chromium:', '');
    head('measure', 'cold cache', 'warm cache', 'budget');
    if(figures) {
      line('time to the last annotation (ms)', ms(figures.coldLastAnnotationMs), ms(figures.warmLastAnnotationMs), '—');
      line('longest main-thread task (ms)', ms(figures.coldLongestTaskMs), ms(figures.warmLongestTaskMs), '≤ 50');
      line('tasks over 50 ms', String(figures.longTasksOver50), '', '0 caused by us');
      // The long-task observer cannot say whose a task is; a Chromium trace can (bench/extension.ts).
      const cpu = figures;
      if(cpu.coldLongestOurTaskCpuMs !== undefined) {
        line('longest task our scripts ran in, CPU (trace)', ms(cpu.coldLongestOurTaskCpuMs), ms(cpu.warmLongestOurTaskCpuMs ?? NaN), '≤ 50');
        line('longest task on the page, CPU (trace)', ms(cpu.coldLongestTaskCpuMs ?? NaN), ms(cpu.warmLongestTaskCpuMs ?? NaN), '—');
        line('the same 50 entries inserted without the extension: longest task, CPU (trace)', ms(cpu.pageAloneLongestTaskCpuMs ?? NaN), '', '—');
      }
    } else {
      line(note ?? 'not measured', '—', '—', '—');
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
