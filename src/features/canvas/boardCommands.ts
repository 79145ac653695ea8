import { useEffect } from 'react';

/** What the board offers to controls outside it (the toolbar's menu, the keyboard). */
export interface BoardCommands {
  fitToWindow: () => void;
  zoomBy: (factor: number) => void;
}

let current: BoardCommands | null = null;

/** The board on screen registers its commands while it is mounted. */
export function useBoardCommandsOf(commands: BoardCommands): void {
  const { fitToWindow, zoomBy } = commands;
  useEffect(() => {
    const mine = { fitToWindow, zoomBy };
    current = mine;
    return () => {
      if (current === mine) current = null;
    };
  }, [fitToWindow, zoomBy]);
}

export function boardCommand<K extends keyof BoardCommands>(name: K): BoardCommands[K] | undefined {
  return current?.[name];
}
