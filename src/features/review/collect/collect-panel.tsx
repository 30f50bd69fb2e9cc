import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../ui/file-button';
import { Notice } from '../../../ui/notice';
import { collectMessage, collectTone } from './collect-messages';
import { collectResponse, type CollectOutcome } from './collect-response';

/** Responses are far smaller than this; a larger file is not a response. */
const MAX_FILE_BYTES = 100_000;

/**
 * Paste a response code or link, or drop a file holding one: the same import either way.
 * On a page of its own, the page's heading names it (`titledBy`); inside a review it has its own.
 */
export function CollectPanel({ titledBy }: { titledBy?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<CollectOutcome | null>(null);
  const [isBusy, setBusy] = useState(false);

  const collect = async (input: string) => {
    setBusy(true);
    setOutcome(await collectResponse(input));
    setBusy(false);
    setText('');
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({ kind: 'refused', reason: 'too-long' });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      // The file went away or lost its permission after it was chosen: say so, store nothing.
      setOutcome({ kind: 'unreadable-file' });
      return;
    }
    await collect(content);
  };

  // A file dropped on the paste box is read like a chosen one.
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby={titledBy ?? 'collect-title'} className="card">
      {titledBy ? null : <h2 id="collect-title">{t('collect.title')}</h2>}
      <p className="hint">{t('collect.hint')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void collect(text);
        }}
      >
        <label className="field field-wide">
          <span>{t('collect.pasteLabel')}</span>
          <textarea
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={onDrop}
          />
        </label>
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={isBusy || text.trim() === ''}
          >
            {t('collect.add')}
          </button>
          <FileButton
            label={t('collect.file')}
            accept=".txt,text/plain"
            onFile={(file) => void readFile(file)}
          />
        </div>
      </form>
      {outcome ? <Notice tone={collectTone(outcome)}>{collectMessage(outcome, t)}</Notice> : null}
    </section>
  );
}
