import type {Lang} from '../shared/index.js';
import type {UsageProblem} from './messages.js';

/** What the command line was asked to do (contract §1). */
export interface CliOptions {
  json: boolean;
  lang: Lang;
  now: Date | undefined;
  recipient: string | undefined;
  trustFiles: string[];
  offline: boolean;
  allowPrivateNetwork: boolean;
  help: boolean;
  inputs: string[];
}

export type ParsedArgs =
  | {ok: true; options: CliOptions}
  | {ok: false; lang: Lang; problem: UsageProblem};

const FLAGS = {
  '--json': 'json', '--offline': 'offline', '--allow-private-network': 'allowPrivateNetwork', '--help': 'help', '-h': 'help',
} as const;
const VALUED = ['--lang', '--now', '--recipient', '--trust'] as const;
type Valued = typeof VALUED[number];

// Dates and date-times as ISO 8601 writes them; `Date.parse` alone accepts far more ("1", "May 5").
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Contract §1: `LANG` starting with `nl` means Dutch, anything else English. */
export const langFromEnv = (lang: string | undefined): Lang => (/^nl/i.test(lang ?? '') ? 'nl' : 'en');

/**
 * Parse the arguments after `npm run verify --`. Pure: files are not touched here.
 * Parsing goes on after the first problem so a `--lang nl` later on still sets the
 * language the problem is reported in.
 */
export function parseArgs(argv: readonly string[], env: {LANG?: string | undefined}): ParsedArgs {
  const options: CliOptions = {
    json: false, lang: langFromEnv(env.LANG), now: undefined, recipient: undefined, trustFiles: [],
    offline: false, allowPrivateNetwork: false, help: false, inputs: [],
  };
  let problem: UsageProblem | undefined;
  const report = (found: UsageProblem): void => {
    problem ??= found;
  };
  for(let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if(arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if(arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    if(Object.hasOwn(FLAGS, arg)) {
      options[FLAGS[arg as keyof typeof FLAGS]] = true;
      continue;
    }
    const [name, inline] = splitInline(arg);
    if(!isValued(name)) {
      report({code: 'unknown_option', value: arg});
      continue;
    }
    let value = inline;
    if(value === undefined) {
      const next = argv[i + 1];
      // `--recipient --json` is a forgotten value, not a recipient called "--json".
      if(next === undefined || (next.startsWith('--') && next.length > 2)) {
        report({code: 'missing_value', value: name});
        continue;
      }
      value = next;
      i++;
    }
    const found = apply(options, name, value);
    if(found) {
      report(found);
    }
  }
  if(!problem && !options.help && options.inputs.length === 0) {
    problem = {code: 'no_input'};
  }
  if(!problem && options.inputs.filter(input => input === '-').length > 1) {
    problem = {code: 'stdin_twice'};
  }
  return problem && !options.help ? {ok: false, lang: options.lang, problem} : {ok: true, options};
}

const isValued = (name: string): name is Valued => (VALUED as readonly string[]).includes(name);

/** `--lang=nl` is accepted as well as `--lang nl`. */
function splitInline(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return arg.startsWith('--') && at > 2 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg, undefined];
}

function apply(options: CliOptions, name: Valued, value: string): UsageProblem | undefined {
  switch(name) {
    case '--lang':
      if(value !== 'en' && value !== 'nl') {
        return {code: 'bad_lang', value};
      }
      options.lang = value;
      return undefined;
    case '--now': {
      const time = ISO_8601.test(value) ? new Date(value) : undefined;
      if(!time || Number.isNaN(time.getTime())) {
        return {code: 'bad_now', value};
      }
      options.now = time;
      return undefined;
    }
    case '--recipient':
      if(value.trim() === '') {
        return {code: 'missing_value', value: name};
      }
      options.recipient = value;
      return undefined;
    case '--trust':
      options.trustFiles.push(value);
      return undefined;
  }
}
