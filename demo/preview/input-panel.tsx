import {useState} from 'preact/hooks';
import type {Lang} from '../../shared/index.js';
import {WORDS} from '../words.js';

/** What the learner gave: a file's bytes (the core decides what they are) or pasted text. */
export type LearnerInput = {kind: 'file'; name: string; bytes: Uint8Array} | {kind: 'text'; text: string};

/** A drop zone with a real file input (keyboard and screen readers), and a paste box. Nothing is uploaded. */
export function InputPanel({lang, onInput}: {lang: Lang; onInput: (input: LearnerInput) => void}) {
  const words = WORDS[lang].preview;
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const readFile = async(file: File | undefined) => {
    if(file) {
      onInput({kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer())});
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer?.files[0]);
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if(text.trim() !== '') {
      onInput({kind: 'text', text: text.trim()});
    }
  };
  return (
    <div class="inputs">
      <div class={`dropzone${dragging ? ' dragging' : ''}`} data-dropzone
        onDragOver={event => { event.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <p class="drop-title">{words.drop}</p>
        <p class="hint">{words.dropHint}</p>
        <label class="button" for="file">{words.choose}</label>
        <input id="file" class="file" type="file" accept=".json,.jsonld,.jwt,.txt,.png,.svg,application/json,application/ld+json,image/png,image/svg+xml"
          onChange={event => void readFile(event.currentTarget.files?.[0])}/>
      </div>
      <form class="paste" onSubmit={onSubmit}>
        <label for="paste">{words.paste}</label>
        <textarea id="paste" rows={6} spellcheck={false} placeholder={words.pastePlaceholder}
          value={text} onInput={event => setText(event.currentTarget.value)}/>
        <button type="submit">{words.check}</button>
      </form>
    </div>
  );
}
