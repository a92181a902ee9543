import type {TrustList} from '../../shared/index.js';
import {readSettings, watchSettings, type SettingsStorage} from '../settings.js';

export interface UserTrust {
  /** The lists the user added (options page), in the order added. */
  lists(): Promise<TrustList[]>;
}

/**
 * The user's trust lists, read from local storage once and again whenever they change there;
 * `onChange` runs after each change (the background then drops its cached reports, whose trust
 * checks were judged against the old lists).
 */
export function createUserTrust(storage: SettingsStorage, onChange: () => void): UserTrust {
  let current: Promise<TrustList[]> | null = null;
  watchSettings(storage, ['trustLists'], () => {
    current = null;
    onChange();
  });
  return {
    lists: () => (current ??= readSettings(storage.local, ['trustLists']).then(({trustLists}) => trustLists.map(entry => entry.list), () => {
      current = null; // unreadable now: verify with the built-in lists only (trust is then at best not recognised), read again next time
      return [];
    })),
  };
}
