import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads on first use (a dynamic import()), so that what a page shows
 * first does not wait for panels the user may never open. Renders nothing until loaded (a few
 * milliseconds from the extension's own files); `preload` starts the load ahead, e.g. when the
 * pointer comes near.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): FunctionComponent<P> & { preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (e: unknown) => {
        loading = undefined; // tried again at the next use
        throw e;
      },
    );
    return loading;
  };
  function Lazy(props: P) {
    const [component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      preload().then(
        (c) => live && setComponent(() => c),
        (e: unknown) => console.error('[Échéance] chargement impossible', e),
      );
      return () => {
        live = false;
      };
    }, []);
    const Loaded = component;
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}
