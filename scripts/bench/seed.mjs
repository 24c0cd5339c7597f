// Seeding the app's IndexedDB for the benchmark scripts (run.mjs, tidy.mjs).

/** Runs in the page: puts the records and the format version in one transaction. */
export async function seed({ records }) {
  const db = await new Promise((resolve, reject) => {
    // No version: open whatever Dexie created, never create or upgrade anything.
    const request = indexedDB.open("journey-mapper");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => {
      request.transaction.abort();
      reject(new Error("journey-mapper did not exist yet: the app had not opened it"));
    };
  });
  if (!db.objectStoreNames.contains("records") || !db.objectStoreNames.contains("meta")) {
    db.close();
    throw new Error(`unexpected stores: ${[...db.objectStoreNames].join(", ")}`);
  }
  await new Promise((resolve, reject) => {
    const tx = db.transaction(["records", "meta"], "readwrite");
    const store = tx.objectStore("records");
    for (const record of records) store.put(record);
    tx.objectStore("meta").put({ key: "formatVersion", value: 1 });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("seed transaction aborted"));
  });
  db.close();
  return records.length;
}
