// Integration tests run RxDB's Dexie storage on an in-memory IndexedDB (globals indexedDB, IDBKeyRange, …).
import 'fake-indexeddb/auto';
