import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../lib/i18n';

const homeHref = import.meta.env.BASE_URL;

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing this (e.g. the address) clears the error, so navigating away recovers. */
  resetKey: string;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** A render error shows a way back instead of a blank page; saved data is never touched. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <div role="alert" className="notice notice-error">
        <h1>{t('errors.title')}</h1>
        <p>{t('errors.body')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            {t('errors.retry')}
          </button>
          <a className="button" href={homeHref}>
            {t('errors.home')}
          </a>
        </div>
      </div>
    );
  }
}
