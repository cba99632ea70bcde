/**
 * Sorting and filtering for the site's tables, added on top of plain HTML tables that read well
 * without JavaScript. A header marked `data-sort` becomes a button that sorts by that column (by a
 * cell's `data-sort-value` when it has one, e.g. an ISO date); a header marked `data-filter` gets a list
 * of the column's values; a text box filters on any cell. Counts are announced to screen readers.
 */

import { countOf, formatCount } from '../lib/printing/wording.ts';

/** Adds controls to every `table[data-enhance]` on the page. */
export function enhanceTables(): void {
  document.querySelectorAll<HTMLTableElement>('table[data-enhance]').forEach((table, index) => enhance(table, index));
}

function enhance(table: HTMLTableElement, tableIndex: number): void {
  if (table.dataset.enhanced !== undefined) return;
  table.dataset.enhanced = '';
  const body = table.tBodies[0];
  const headers = [...table.tHead!.rows[0]!.cells];
  if (!body) return;
  const rows = [...body.rows];

  const controls = document.createElement('div');
  controls.className = 'table-controls';
  const status = document.createElement('p');
  status.className = 'table-status';
  status.setAttribute('role', 'status');

  const search = document.createElement('input');
  search.type = 'search';
  search.id = `table-filter-${tableIndex}`;
  search.placeholder = 'Filter rows';
  const searchLabel = document.createElement('label');
  searchLabel.htmlFor = search.id;
  searchLabel.textContent = 'Filter';
  controls.append(wrap(searchLabel, search));

  const selects: { column: number; select: HTMLSelectElement }[] = [];
  headers.forEach((header, column) => {
    if (header.dataset.filter === undefined) return;
    const values = [...new Set(rows.map((row) => cellText(row, column)).flatMap(splitValues))].filter(Boolean).sort((a, b) => a.localeCompare(b));
    const select = document.createElement('select');
    select.id = `table-${tableIndex}-column-${column}`;
    select.append(new Option('All', ''), ...values.map((value) => new Option(value, value)));
    const label = document.createElement('label');
    label.htmlFor = select.id;
    label.textContent = header.textContent ?? '';
    controls.append(wrap(label, select));
    selects.push({ column, select });
  });

  const apply = () => {
    const words = search.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const matchesText = words === '' || (row.textContent ?? '').toLowerCase().includes(words);
      const matchesLists = selects.every(({ column, select }) => select.value === '' || splitValues(cellText(row, column)).includes(select.value));
      row.hidden = !(matchesText && matchesLists);
      if (!row.hidden) shown += 1;
    }
    status.textContent = shown === rows.length ? countOf(rows.length, 'row') : `${formatCount(shown)} of ${countOf(rows.length, 'row')} shown`;
  };
  search.addEventListener('input', apply);
  for (const { select } of selects) select.addEventListener('change', apply);

  headers.forEach((header, column) => {
    const kind = header.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => sortKey(row.cells[column], kind);
      const sorted = rows.slice().sort((a, b) => compare(key(a), key(b)) * (ascending ? 1 : -1));
      body.append(...sorted);
    });
  });

  table.parentElement!.before(controls);
  controls.append(status);
  apply();
}

function wrap(label: HTMLElement, control: HTMLElement): HTMLElement {
  const field = document.createElement('div');
  field.className = 'table-field';
  field.append(label, control);
  return field;
}

function cellText(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return (cell?.textContent ?? '').trim();
}

/** A cell listing several values (teams, tags) separates them with commas. */
function splitValues(text: string): string[] {
  return text.split(',').map((value) => value.trim());
}

function sortKey(cell: HTMLTableCellElement | undefined, kind: string): string | number {
  const text = (cell?.dataset.sortValue ?? cell?.textContent ?? '').trim();
  if (kind === 'number') return Number.parseFloat(text) || 0;
  return text.toLowerCase();
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
