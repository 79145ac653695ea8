import { create } from 'zustand';
import { NO_FILTER, type PartnerFilter, type PartnerSort } from '../../domain';

export const PORTFOLIO_TABS = ['list', 'matrix', 'tiers', 'objectives'] as const;
export type PortfolioTab = (typeof PORTFOLIO_TABS)[number];

/** What the portfolio is showing; kept while the user visits a partner page and comes back. */
interface PortfolioView {
  tab: PortfolioTab;
  filter: PartnerFilter;
  sort: PartnerSort;
  /** The add/edit form: null = closed, { partnerId: null } = adding. */
  editor: { partnerId: string | null } | null;
  /** The partner whose deletion is being confirmed. */
  deleting: string | null;
  /** Open the editor for this partner once the Partners section shows (another section asked to edit it). */
  editOnArrival: string | null;
}

export const usePortfolioView = create<PortfolioView>(() => ({
  tab: 'list',
  filter: NO_FILTER,
  sort: { key: 'name', direction: 'asc' },
  editor: null,
  deleting: null,
  editOnArrival: null,
}));

export const setTab = (tab: PortfolioTab) => usePortfolioView.setState({ tab });
export const setFilter = (patch: Partial<PartnerFilter>) => usePortfolioView.setState((s) => ({ filter: { ...s.filter, ...patch } }));
export const setSort = (sort: PartnerSort) => usePortfolioView.setState({ sort });
export const openEditor = (partnerId: string | null) => usePortfolioView.setState({ editor: { partnerId } });
export const closeEditor = () => usePortfolioView.setState({ editor: null });
export const askDelete = (partnerId: string | null) => usePortfolioView.setState({ deleting: partnerId });
/** From another section: go to the partner's page and open its editor there. */
export const editWhenShown = (partnerId: string) => usePortfolioView.setState({ editOnArrival: partnerId });
/** The Partners section calls this when its route changes: the editor a caller asked for, or none. */
export const arriveAtPartners = () => usePortfolioView.setState((s) => ({ editor: s.editOnArrival ? { partnerId: s.editOnArrival } : null, editOnArrival: null }));
