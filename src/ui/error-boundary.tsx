/**
 * A render error in one part of the dashboard shows a message in that part's place instead of taking the
 * whole page down to white. React hands render and effect errors only to a class component that defines
 * getDerivedStateFromError, hence the one class in the code.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What is shown once a child has thrown; `reset` draws the children again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** When it changes (another area, another language), a caught error is forgotten and the children retried. */
  resetKey?: string;
  onError?: (error: Error) => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string | undefined;
}

/** Anything can be thrown; the message needs an Error. */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(thrown: unknown): Partial<ErrorBoundaryState> {
    return { error: asError(thrown) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(thrown: unknown, _info: ErrorInfo) {
    this.props.onError?.(asError(thrown));
  }

  reset = () => this.setState({ error: null });

  render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
