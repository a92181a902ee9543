import type {StorageArea} from './cache.js';

/** Which credential URLs each tab's page linked to, for the popup; kept in session storage. */
export interface TabLists {
  add(tabId: number, url: string): Promise<void>;
  list(tabId: number): Promise<string[]>;
  clear(tabId: number): Promise<void>;
}

export function createTabLists(area: StorageArea): TabLists {
  const key = (tabId: number) => `tab:${tabId}`;
  const list = async(tabId: number) => ((await area.get(key(tabId)))[key(tabId)] as string[] | undefined) ?? [];
  // Storage calls are not atomic: chain the writes so two quick adds cannot lose one another.
  let queue = Promise.resolve();
  const serial = (write: () => Promise<void>) => (queue = queue.then(write, write));
  return {
    add: (tabId, url) => serial(async() => {
      const urls = await list(tabId);
      if(!urls.includes(url)) {
        await area.set({[key(tabId)]: [...urls, url]});
      }
    }),
    list: async tabId => {
      await queue;
      return list(tabId);
    },
    clear: tabId => serial(() => area.remove(key(tabId))),
  };
}
