import { Rows, renderFloorPage } from './core-page';

// React, React DOM, React Router, TanStack Query, Table and Virtual.
renderFloorPage(Rows);
