import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettledText } from '../../src/ui/settled-text';

const texts = { yes: 'The browser agreed.', no: 'The browser may clear your data one day.' };

describe('a line whose text is known after the page is drawn', () => {
  it('holds every text in the page, hidden from everyone, while the answer is unknown', () => {
    render(<SettledText texts={texts} shown={null} />);
    for (const text of Object.values(texts)) {
      expect(screen.getByText(text)).toHaveAttribute('aria-hidden', 'true');
      expect(screen.getByText(text)).toHaveClass('is-pending');
    }
  });

  it('shows the true one and keeps the other as unseen space', () => {
    render(<SettledText className="hint" texts={texts} shown="yes" />);
    expect(screen.getByText(texts.yes)).toHaveAttribute('aria-hidden', 'false');
    expect(screen.getByText(texts.yes)).not.toHaveClass('is-pending');
    expect(screen.getByText(texts.no)).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(texts.yes).parentElement).toHaveClass('settled-text', 'hint');
  });
});
