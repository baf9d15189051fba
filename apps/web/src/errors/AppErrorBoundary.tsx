import { Component, type ErrorInfo, type ReactNode } from 'react';
import { readApiError } from './api-error';
import { ErrorResult } from './ErrorResult';

type State = { readonly error: unknown };

/**
 * Catches whatever a screen throws while rendering and shows it through the same code → message
 * policy as every other error, instead of a blank page. `resetKey` (the route) clears it.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State & { key: string }> {
  override state: State & { key: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: State & { key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Render failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error !== null) return <ErrorResult apiError={readApiError(this.state.error)} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
