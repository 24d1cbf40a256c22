/** One IndexedDB request as a promise: its result, or its error (a generic one when IndexedDB gives none). */
export function idbRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('An IndexedDB request failed.'));
    };
  });
}
