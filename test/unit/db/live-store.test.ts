import { Observable, Subject } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createLiveStore } from '../../../renderer/db/live-store';

describe('createLiveStore', () => {
  it('is loading until the first value, then follows the source', () => {
    const source = new Subject<number>();
    const store = createLiveStore(() => source);
    const onChange = vi.fn();
    store.subscribe(onChange);
    expect(store.getSnapshot()).toEqual({ data: undefined, error: null, loading: true });
    source.next(1);
    source.next(2);
    expect(store.getSnapshot()).toEqual({ data: 2, error: null, loading: false });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('turns a failing source into an error and keeps the last value', () => {
    const source = new Subject<string>();
    const store = createLiveStore(() => source);
    store.subscribe(() => undefined);
    source.next('ok');
    source.error(new Error('Record clients/abc could not be decrypted'));
    expect(store.getSnapshot()).toMatchObject({ data: 'ok', loading: false, error: { message: 'Record clients/abc could not be decrypted' } });
  });

  it('turns a throwing factory or a non-Error failure into an Error', () => {
    const throwing = createLiveStore<number>(() => {
      throw new Error('no such collection');
    });
    throwing.subscribe(() => undefined);
    expect(throwing.getSnapshot().error?.message).toBe('no such collection');
    const rejecting = createLiveStore<number>(
      () =>
        new Observable((s) => {
          s.error('plain string');
        }),
    );
    rejecting.subscribe(() => undefined);
    expect(rejecting.getSnapshot().error).toBeInstanceOf(Error);
  });

  it('subscribes only while subscribed and unsubscribes on teardown', () => {
    const source = new Subject<number>();
    const factory = vi.fn(() => source);
    const store = createLiveStore(factory);
    expect(factory).not.toHaveBeenCalled();
    const unsubscribe = store.subscribe(() => undefined);
    expect(source.observed).toBe(true);
    unsubscribe();
    expect(source.observed).toBe(false);
  });
});
