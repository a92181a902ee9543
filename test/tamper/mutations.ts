// Generated tampering: every leaf changed one at a time, properties added and removed, contexts
// reordered, proofs altered. Each mutation yields a new document; the original is untouched.

export interface Mutation {
  name: string;
  document: unknown;
}

type Path = (string | number)[];

function leaves(value: unknown, path: Path = [], out: [Path, unknown][] = []): [Path, unknown][] {
  if(Array.isArray(value)) {
    value.forEach((item, index) => leaves(item, [...path, index], out));
  } else if(typeof value === 'object' && value !== null) {
    for(const [key, item] of Object.entries(value)) {
      leaves(item, [...path, key], out);
    }
  } else {
    out.push([path, value]);
  }
  return out;
}

function setAt(document: unknown, path: Path, update: (old: unknown, parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(document);
  let node = copy as Record<string | number, unknown>;
  for(const step of path.slice(0, -1)) {
    node = node[step] as Record<string | number, unknown>;
  }
  const key = path[path.length - 1];
  update(node[key], node, key);
  return copy;
}

function changed(value: unknown): unknown {
  if(typeof value === 'string') {
    // Flip one character in the middle (an URL stays an URL, a date stays date-shaped).
    const i = Math.floor(value.length / 2);
    const char = value[i] ?? 'a';
    const replacement = /[0-9]/.test(char) ? String((Number(char) + 1) % 10) : char === 'x' ? 'y' : 'x';
    return value.length === 0 ? 'x' : value.slice(0, i) + replacement + value.slice(i + 1);
  }
  if(typeof value === 'number') {
    return value + 1;
  }
  if(typeof value === 'boolean') {
    return !value;
  }
  return 'null-replaced';
}

/** All mutations of a JSON document (a credential with its proof, or a JWT payload). */
export function mutate(document: object, skip: (path: Path) => boolean = () => false): Mutation[] {
  const out: Mutation[] = [];
  for(const [path, value] of leaves(document)) {
    if(skip(path)) {
      continue;
    }
    const where = path.join('.');
    out.push({name: `change ${where}`, document: setAt(document, path, (_old, parent, key) => { parent[key] = changed(value); })});
    if(path.length > 1 && typeof path[path.length - 1] === 'string') {
      out.push({name: `remove ${where}`, document: setAt(document, path, (_old, parent, key) => { delete parent[key]; })});
    }
  }
  for(const [path] of leaves(document).filter(([p]) => p.length >= 1 && typeof p[p.length - 1] === 'string').slice(0, 40)) {
    const parentPath = path.slice(0, -1);
    if(parentPath.length === 0 || skip(path)) {
      continue;
    }
    out.push({name: `add a property next to ${path.join('.')}`, document: setAt(document, path, (_o, parent) => {
      parent.injectedProperty = 'injected';
    })});
  }
  const contexts = (document as {'@context'?: unknown})['@context'];
  if(Array.isArray(contexts) && contexts.length > 1) {
    out.push({name: 'reverse the contexts', document: {...document, '@context': [...contexts].reverse()}});
    out.push({name: 'drop the last context', document: {...document, '@context': contexts.slice(0, -1)}});
  }
  return out;
}
