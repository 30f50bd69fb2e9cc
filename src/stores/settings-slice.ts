import type { StateCreator } from 'zustand';
import { defaultSettings, type Language, type Settings } from '../domain/instrument/settings';
import type { AppState } from './app-state';

export interface SettingsSlice {
  settings: Settings;
  setLanguage: (language: Language) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: defaultSettings,
  setLanguage: (language) => {
    set((state) => ({ settings: { ...state.settings, language } }));
  },
});
