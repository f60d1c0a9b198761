// Presenter mode for a talk: keys (a clicker or a keyboard), the timeline that plays, full screen on
// the first gesture (browsers allow it only then), controls that hide until the pointer moves, and the
// slide deck (each slide a view, in the URL). It changes the view only through `apply` and `open`. Loaded on first
// use (a presenter key, `present`, `deck` or the slides panel): the app's keys are in keys.ts.
import { step, type PresenterAction } from '../core/present/keys';
import { decodeDeck, encodeDeck, MAX_SLIDES, slideSearch, type Deck } from '../core/url/deck';
import { decodeViewState, type ViewState } from '../core/url/state';
import { loadLanguage, t } from '../i18n/messages';

export const SPEEDS = [0.5, 1, 2] as const;
const BASE_STEP_MS = 2000;
const CONTROLS_IDLE_MS = 2500;

export interface PresenterContext {
  view: () => ViewState;
  years: () => number[];
  year: () => number | null;
  metrics: () => string[];
  metric: () => string | null;
  apply: (patch: Partial<ViewState>, mode: 'push' | 'replace') => void;
  /** Shows a slide's whole view, checked against the data like a link. */
  open: (state: ViewState) => void;
  notice: (message: string) => void;
}

export class Presenter {
  playing = $state(false);
  speed = $state<(typeof SPEEDS)[number]>(1);
  /** The stage's controls show while the pointer moves: hidden until it does. */
  controlsHidden = $state(true);
  /** The keys' hint, shown on `?` (the stage keeps only a slim bar). */
  keysShown = $state(false);
  #timer: ReturnType<typeof setInterval> | null = null;
  #idleTimer: ReturnType<typeof setTimeout> | null = null;
  #context: PresenterContext;
  /** Bumped by every slide change, so a slow language load never lands after a later slide. */
  #slideStep = 0;

  constructor(context: PresenterContext) {
    this.#context = context;
  }

  get deck(): Deck {
    const param = this.#context.view().deck;
    if (!param) return { version: 1, slides: [] };
    const decoded = decodeDeck(param);
    return 'deck' in decoded ? decoded.deck : { version: 1, slides: [] };
  }

  run(action: PresenterAction) {
    const ctx = this.#context;
    switch (action) {
      case 'fullscreen':
        if (ctx.view().present) void this.#fullscreen(!document.fullscreenElement);
        else this.enter();
        break;
      case 'exit':
        this.exit();
        break;
      case 'prev-year':
      case 'next-year': {
        this.pause();
        const year = ctx.year();
        if (year !== null) ctx.apply({ year: step(ctx.years(), year, action === 'next-year' ? 1 : -1) }, 'replace');
        break;
      }
      case 'prev-metric':
      case 'next-metric': {
        // The year stays: the metrics offered are those with most provinces reporting in it (presenterMetrics).
        const metric = ctx.metric();
        if (metric) ctx.apply({ metric: step(ctx.metrics(), metric, action === 'next-metric' ? 1 : -1), year: ctx.year(), period: null }, 'replace');
        break;
      }
      case 'toggle-play':
        if (this.playing) this.pause();
        else this.play();
        break;
      case 'next-slide':
      case 'prev-slide':
        // Without a deck N/P would do nothing, silently: the live region says why.
        if (this.deck.slides.length === 0) ctx.notice(t(ctx.view().lang, 'noDeck'));
        else void this.goToSlide((ctx.view().slide ?? -1) + (action === 'next-slide' ? 1 : -1));
        break;
      case 'help':
        this.keysShown = !this.keysShown;
        break;
    }
  }

  enter() {
    this.#context.apply({ present: true }, 'push');
    void this.#fullscreen(true);
  }

  exit() {
    this.pause();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    this.#context.apply({ present: false }, 'push');
  }

  async #fullscreen(on: boolean) {
    try {
      if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen();
      if (!on && document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Refused outside a user gesture or by the browser: the presenter layout works without it.
    }
  }

  /** Full screen on the first key or click after the page opened with `present=1`. */
  armFullscreenOnFirstGesture() {
    const once = () => {
      window.removeEventListener('pointerdown', once, true);
      window.removeEventListener('keydown', once, true);
      if (this.#context.view().present) void this.#fullscreen(true);
    };
    window.addEventListener('pointerdown', once, true);
    window.addEventListener('keydown', once, true);
  }

  play() {
    const years = this.#context.years();
    if (years.length < 2) return;
    // From the start when at the end, so Space always shows a run of years.
    if (this.#context.year() === years[years.length - 1]) this.#context.apply({ year: years[0] }, 'replace');
    this.playing = true;
    this.#restartTimer();
  }

  pause() {
    this.playing = false;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  setSpeed(speed: (typeof SPEEDS)[number]) {
    this.speed = speed;
    if (this.playing) this.#restartTimer();
  }

  #restartTimer() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      const years = this.#context.years();
      const year = this.#context.year();
      if (year === null || year === years[years.length - 1]) {
        this.pause();
        return;
      }
      this.#context.apply({ year: step(years, year, 1) }, 'replace');
    }, BASE_STEP_MS / this.speed);
  }

  /** Any pointer movement shows the controls for a while. */
  pointerMoved = () => {
    this.controlsHidden = false;
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#context.view().present) this.controlsHidden = true;
    }, CONTROLS_IDLE_MS);
  };

  /**
   * Shows a slide. A slide in another language waits for that language's messages, so the page never says
   * `<html lang="en">` over Vietnamese text; of several quick steps, only the last one lands.
   */
  async goToSlide(index: number) {
    const deck = this.deck;
    if (deck.slides.length === 0) return;
    const target = Math.max(0, Math.min(deck.slides.length - 1, index));
    const view = this.#context.view();
    const { state } = decodeViewState(deck.slides[target].search);
    this.pause();
    const step = ++this.#slideStep;
    await loadLanguage(state.lang);
    if (step !== this.#slideStep) return;
    this.#context.open({ ...state, deck: view.deck, slide: target, present: view.present });
  }

  // The deck itself lives in the URL (`deck`): every change rewrites it.
  setDeck(deck: Deck, slide: number | null = this.#context.view().slide) {
    this.#context.apply({ deck: deck.slides.length ? encodeDeck(deck) : null, slide: deck.slides.length ? slide : null }, 'push');
  }

  /** Adds the view as the last slide; a full deck (MAX_SLIDES, the panel says so) takes no more. */
  addCurrentView(title: string) {
    const deck = this.deck;
    if (deck.slides.length >= MAX_SLIDES) return;
    const search = slideSearch(window.location.search);
    this.setDeck({ ...deck, slides: [...deck.slides, { search, title }] }, deck.slides.length);
  }
}
