import { css } from 'lit';

/** The plan board on paper (A4, black and white, pictograms and both languages kept, no controls). */
export const planBoardPrintStyles = css`
  /* Print: black and white, pictograms and both languages kept, no controls. Hosts add
     @page { size: A4 landscape; } (an @page rule cannot live in shadow CSS). */
  @media print {
    .board {
      color: #000;
      background: #fff;
    }
    .toolbar,
    .propose,
    .switcher,
    .column-actions,
    .card-actions,
    .grip,
    .count,
    .vk-popover,
    .silent-badge,
    .cue,
    .ghost-layer,
    .column-empty {
      display: none !important;
    }
    /* Days side by side while each gets 12rem (A4 landscape, 1047 px: all five on one row in
       990 px, so a host's own margins or padding of up to about 28 px a side still fit); on
       narrower paper (A4 portrait, the default when the host sets no @page size) the week wraps
       onto a second row, and a second sheet, instead of splitting words in 130 px columns. */
    .columns {
      overflow: visible;
      grid-auto-flow: row;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: 2mm;
    }
    /* Participant mode's 1.1em text split "Samfunnskunnskap" in a landscape week's columns: on
       paper its text is the adviser's size (the pictures stay big). */
    .board[data-mode='participant'] {
      font-size: 1em;
    }
    /* A day may continue on the next sheet (its cards are never split): kept whole, or laid out
       as a grid (Chromium then would not break it on a page with an 8 px body margin), a week
       taller than a sheet moved every day to sheet 2 and left sheet 1 with the title alone. */
    /* A table whose header group is the day's name: browsers repeat a table's header on every
       sheet the table continues on, so a day carried over to the next sheet is named there too
       (CSS has no other way to repeat content on a fragment; the header must not break). */
    .column {
      display: table;
      inline-size: 100%;
      background: #fff;
      border: 1px solid #000;
    }
    .column-header {
      display: table-header-group;
      break-inside: avoid;
    }
    .cards {
      display: table-row-group;
    }
    .card {
      background: #fff !important;
      color: #000;
      border: 1px solid #000;
      break-inside: avoid;
      box-shadow: none;
      outline: none;
      opacity: 1;
    }
    .vk-text--second,
    .meta,
    .summary {
      color: #000;
    }
    .card-button {
      justify-items: center;
      text-align: center;
      --_vk-text-align: center;
    }
    .vk-pictogram {
      filter: grayscale(1) contrast(1.2);
      border-color: #000;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    /* Paper cannot be tapped to hear a note: all of it. */
    .meta-note > .vk-text {
      display: block;
    }
    .done-mark {
      background: #fff;
      color: #000;
      border: 2px solid #000;
    }
  }
`;
