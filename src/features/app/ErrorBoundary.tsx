import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';

interface State {
  error: Error | null;
}

/** The last line of defence: a screen that failed to draw says so and offers a way back, and saved work stays saved. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A screen failed to draw:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <EmptyState
        title="This screen could not be shown"
        action={
          <>
            <Button onClick={() => (window.location.hash = '#/')}>Back to workshops</Button>
            <Button variant="primary" onClick={() => window.location.reload()}>
              Reload
            </Button>
          </>
        }
      >
        Everything that showed as saved is safe. The problem was: {this.state.error.message}
      </EmptyState>
    );
  }
}
