import './app/early-downloads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prepareApp } from './app/start';
import './app/styles.css';

const container = document.getElementById('root');
if (container) {
  void prepareApp().then(() => {
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
