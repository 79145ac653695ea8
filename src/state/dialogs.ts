import { create } from 'zustand';

/** App-wide dialogs that menus and buttons in different places open. */
export const useDialogs = create<{ newWorkshop: boolean; exportPdf: boolean; shortcuts: boolean }>(() => ({ newWorkshop: false, exportPdf: false, shortcuts: false }));

export function setDialog(name: 'newWorkshop' | 'exportPdf' | 'shortcuts', open: boolean): void {
  useDialogs.setState({ [name]: open });
}
