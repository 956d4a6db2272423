// Shared jest setup. UI tests opt into jsdom per file with the docblock `@jest-environment jsdom`.
import "@testing-library/jest-dom";

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  // jsdom has no ResizeObserver; Fluent's MessageBar needs one (DESIGN.md, toolchain facts).
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver = ResizeObserverStub;
}
