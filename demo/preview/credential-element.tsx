import {useEffect, useRef} from 'preact/hooks';
import type {Report, VerifyInput} from '../../shared/index.js';

interface Props {
  input: VerifyInput;
  layout: 'badge' | 'card';
  id: string;
  onResult?: (report: Report) => void;
}

/**
 * A <microcredential-verify> given the learner's credential through its `credential` property,
 * set before it connects (so it never first reports "no credential"). A new input, a new element.
 */
export function CredentialElement({input, layout, id, onResult}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const callback = useRef(onResult);
  callback.current = onResult;
  useEffect(() => {
    const element = document.createElement('microcredential-verify') as HTMLElement & {credential: VerifyInput};
    element.setAttribute('layout', layout);
    element.dataset.preview = id;
    element.credential = input;
    element.addEventListener('verify-result', event => callback.current?.((event as CustomEvent<Report>).detail));
    container.current?.replaceChildren(element);
    return () => element.remove();
  }, [input, layout, id]);
  return <div ref={container} class={`preview-${layout}`}/>;
}
