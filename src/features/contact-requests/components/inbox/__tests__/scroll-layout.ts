/**
 * jsdom has no layout, and TanStack Virtual renders only the rows that fit the scroll
 * container's height. This gives the inbox scroller (`data-inbox-scroller`) a 600 × 1200 box and
 * gives elements a `scrollTo` that scrolls and, like a browser, fires `scroll` afterwards.
 */
export const scrollerHeight = 600;

type Restore = () => void;

function override<K extends keyof HTMLElement>(key: K, descriptor: PropertyDescriptor): Restore {
  const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, key);
  Object.defineProperty(HTMLElement.prototype, key, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(HTMLElement.prototype, key, own);
    else delete (HTMLElement.prototype as Partial<HTMLElement>)[key];
  };
}

const isScroller = (element: HTMLElement) => element.hasAttribute('data-inbox-scroller');

export function stubScrollLayout(): Restore {
  const restores = [
    override('clientHeight', {
      get(this: HTMLElement) {
        return isScroller(this) ? scrollerHeight : 0;
      },
    }),
    override('clientWidth', {
      get(this: HTMLElement) {
        return isScroller(this) ? 1200 : 0;
      },
    }),
    override('scrollTo', {
      value(this: HTMLElement, options?: ScrollToOptions) {
        if (options?.top !== undefined) this.scrollTop = options.top;
        setTimeout(() => this.dispatchEvent(new Event('scroll')));
      },
    }),
  ];
  return () => {
    for (const restore of restores) restore();
  };
}
