/* chronicle-event-list.c — the List page
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The events the session's filter keeps, in time order, as a table (date, kind,
 * title, partners). Its selection is the session's: picking a row selects the event,
 * and a selection made elsewhere shows here when the event is in the list.
 */

#define G_LOG_DOMAIN "chronicle-event-list"

#include "config.h"

#include "chronicle-event-list.h"

#include <glib/gi18n.h>

#include "chronicle-date-format.h"
#include "chronicle-accessible.h"
#include "chronicle-list-widths.h"

struct _ChronicleEventList
{
  GtkWidget           parent_instance;

  ChronicleSession   *session;
  GSignalGroup       *session_signals;
  GtkCustomFilter    *filter;
  GtkFilterListModel *model;
  GtkSortListModel   *sorted;      /* by the column the user sorts by, if any */
  GtkSingleSelection *selection;
  guint               focus_tick_id;
  guint               focus_tries;
  GtkColumnViewColumn *columns[4];   /* borrowed: the column view holds them */
  ChronicleListWidths widths;        /* what the columns' texts need */
  gboolean            capped[4];      /* some text of the column is wider than the column */
  char               *measured_font;  /* the font the widths were measured in */

  /* Template widgets */
  GtkStack           *stack;       /* the list, or the empty state */
  GtkWidget          *scroller;
  GtkColumnView      *column_view;
  GtkWidget          *sort_button;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ChronicleEventList, chronicle_event_list, GTK_TYPE_WIDGET)

typedef ChronicleListColumn Column;
#define COLUMN_DATE     CHRONICLE_LIST_DATE
#define COLUMN_KIND     CHRONICLE_LIST_KIND
#define COLUMN_TITLE    CHRONICLE_LIST_TITLE
#define COLUMN_PARTNERS CHRONICLE_LIST_PARTNERS

/* ---- the rows: what the filter keeps ------------------------------------------ */

/* The store position of @event, in the session's dataset. */
static gboolean
find_position (ChronicleEventList *self,
               ChronicleEvent     *event,
               guint              *position)
{
  ChronicleDataset *dataset = self->session ? chronicle_session_get_dataset (self->session) : NULL;

  return dataset != NULL && event != NULL &&
         chronicle_event_store_find (chronicle_dataset_get_events (dataset), chronicle_event_get_id (event), position);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  ChronicleEventList *self = user_data;
  ChronicleMatchSet *set = self->session ? chronicle_session_get_match_set (self->session) : NULL;
  guint position;

  if (set == NULL)
    return TRUE;
  return find_position (self, item, &position) && chronicle_match_set_contains (set, position);
}

/* The row of the session's selection, when the list has it: its rank among the kept events. */
static guint
selection_row (ChronicleEventList *self)
{
  ChronicleMatchSet *set = chronicle_session_get_match_set (self->session);
  ChronicleEvent *event = chronicle_session_get_selection (self->session);
  guint position;

  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sorted);

  if (set == NULL || !find_position (self, event, &position) || !chronicle_match_set_contains (set, position))
    return GTK_INVALID_LIST_POSITION;
  /* In time order the row is the event's rank among the kept ones; sorted by a
   * column, it is where the sort put it. */
  if (sorter == NULL || gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE)
    return chronicle_match_set_rank (set, position);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sorted)); i++)
    {
      g_autoptr(ChronicleEvent) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (item == event)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* A row picked here selects the event in the session; a change that only follows the
 * session (its selection, or the filter) leaves the list where the session says. */
static void
on_selected_cb (ChronicleEventList *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (self->session == NULL || selected == selection_row (self))
    return;
  chronicle_session_set_selection (self->session, gtk_single_selection_get_selected_item (self->selection));
}

static void measure_columns (ChronicleEventList *self);

/* ---- following the session ----------------------------------------------------- */

static void
on_session_selection_cb (ChronicleEventList *self)
{
  gtk_single_selection_set_selected (self->selection, selection_row (self));
}

static void
on_session_dataset_cb (ChronicleEventList *self)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (self->session);

  /* Once the columns exist (the page was shown), their widths follow the data. */
  measure_columns (self);
  gtk_filter_list_model_set_model (self->model, dataset ? G_LIST_MODEL (chronicle_dataset_get_events (dataset)) : NULL);
}

static void
on_session_match_set_cb (ChronicleEventList *self)
{
  ChronicleMatchSet *set = chronicle_session_get_match_set (self->session);
  gboolean empty = set != NULL && chronicle_match_set_get_n_matching (set) == 0;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  on_session_selection_cb (self);
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
on_session_bind_cb (ChronicleEventList *self)
{
  on_session_dataset_cb (self);
  on_session_match_set_cb (self);
}

/* ---- the columns --------------------------------------------------------------- */

/* Each column's width follows its texts (ChronicleListWidths says how); a cut text has
 * a tooltip. */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ChronicleEventList       *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), column == COLUMN_TITLE ? CHRONICLE_LIST_TITLE_MIN_CHARS : 4);
  g_object_set_data (G_OBJECT (label), "chronicle-column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (item, label);
}

static char *
cell_text (ChronicleEventList *self,
           ChronicleEvent     *event,
           Column              column)
{
  ChronicleDataset *dataset = chronicle_session_get_dataset (self->session);
  const char *language = chronicle_session_get_language (self->session);
  char *text = NULL;

  switch (column)
    {
    case COLUMN_DATE:
      /* The author's own words for the date when the file gives them, as the sidebar
       * and the presentation show it ("The Ides of March, 44 BCE"); the column still
       * sorts by the date, which the cell's tooltip gives. */
      text = chronicle_event_get_display_date (event) != NULL
             ? g_strdup (chronicle_event_get_display_date (event))
             : chronicle_date_format_range (chronicle_event_get_start (event), chronicle_event_get_end (event));
      break;
    case COLUMN_KIND:
      {
        const ChronicleKind *kind = chronicle_dataset_find_kind (dataset, chronicle_event_get_kind (event));
        g_autofree char *owner = g_strdup_printf ("kind/%s", chronicle_event_get_kind (event));

        text = g_strdup (chronicle_dataset_translate (dataset, owner, language, "label",
                                                      kind ? kind->label : chronicle_event_get_kind (event)));
        break;
      }
    case COLUMN_TITLE:
      text = g_strdup (chronicle_event_get_translated (event, language, "title"));
      break;
    case COLUMN_PARTNERS:
    default:
      {
        const char * const *ids = chronicle_event_get_partners (event);
        GString *names = g_string_new (NULL);

        for (guint i = 0; ids[i] != NULL; i++)
          {
            const ChroniclePartner *p = chronicle_dataset_find_partner (dataset, ids[i]);
            g_autofree char *owner = g_strdup_printf ("partner/%s", ids[i]);

            if (i > 0)
              g_string_append (names, ", ");
            g_string_append (names, chronicle_dataset_translate (dataset, owner, language, "name",
                                                                 p ? p->name : ids[i]));
          }
        text = g_string_free (names, FALSE);
        break;
      }
    }
  return text;
}

/* The width @text takes in @layout's font, in pixels. */
static int
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The cells' tooltips, where a column's width changed whether it cuts a text. */
static void set_cell_tooltips (ChronicleEventList *self,
                               GtkWidget          *widget);

/* The columns' widths for a list @width wide. */
static void
fit_columns (ChronicleEventList *self,
             int                 width)
{
  int w[CHRONICLE_LIST_N_COLUMNS];
  gboolean cut[CHRONICLE_LIST_N_COLUMNS];
  gboolean changed = FALSE;

  chronicle_list_widths_fit (&self->widths, width, w, cut);
  for (Column c = COLUMN_DATE; c <= COLUMN_PARTNERS; c++)
    {
      if (c == COLUMN_TITLE || self->columns[c] == NULL || self->widths.widest[c] == 0)
        continue;
      changed |= cut[c] != self->capped[c];
      self->capped[c] = cut[c];
      if (gtk_column_view_column_get_fixed_width (self->columns[c]) != w[c])
        gtk_column_view_column_set_fixed_width (self->columns[c], w[c]);
    }
  if (changed)
    set_cell_tooltips (self, GTK_WIDGET (self->column_view));
}

/* Each column's texts measured in the list's font, with its header (one pass over the
 * events, when the dataset or the font changes once the List page has been shown). */
static void
measure_columns (ChronicleEventList *self)
{
  ChronicleDataset *dataset = self->session ? chronicle_session_get_dataset (self->session) : NULL;
  GListModel *events = dataset ? G_LIST_MODEL (chronicle_dataset_get_events (dataset)) : NULL;
  guint n_events = events != NULL ? g_list_model_get_n_items (events) : 0;
  g_autoptr(PangoLayout) layout = NULL;
  PangoContext *context;
  PangoFontMetrics *metrics;
  int headers[CHRONICLE_LIST_N_COLUMNS] = { 0 };
  int char_width;
  gboolean any_partners = FALSE;
  /* Cell padding and, in the header, the sort arrow. */
  const int slack = 28;
  /* Kinds and partner lists repeat: each text is measured once. */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (self->columns[COLUMN_DATE] == NULL)
    return;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), NULL);
  context = pango_layout_get_context (layout);
  g_free (self->measured_font);
  self->measured_font = pango_font_description_to_string (pango_context_get_font_description (context));
  metrics = pango_context_get_metrics (context, NULL, NULL);
  char_width = PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (metrics));
  pango_font_metrics_unref (metrics);

  chronicle_list_widths_begin (&self->widths, char_width);
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(ChronicleEvent) event = g_list_model_get_item (events, i);
      const char * const *partners = chronicle_event_get_partners (event);

      any_partners |= partners != NULL && partners[0] != NULL;

      for (Column c = COLUMN_DATE; c <= COLUMN_PARTNERS; c++)
        {
          g_autofree char *text = cell_text (self, event, c);
          g_autofree char *key = NULL;
          int text_w;

          if (c == COLUMN_TITLE)
            {
              chronicle_list_widths_add_title (&self->widths, text);
              continue;
            }
          /* Dates differ from event to event; kinds and partners are few. */
          if (c == COLUMN_DATE)
            text_w = text_width (layout, text);
          else if (g_hash_table_lookup_extended (seen, key = g_strdup_printf ("%d/%s", c, text), NULL, NULL))
            text_w = GPOINTER_TO_INT (g_hash_table_lookup (seen, key));
          else
            {
              text_w = text_width (layout, text);
              g_hash_table_insert (seen, g_steal_pointer (&key), GINT_TO_POINTER (text_w));
            }
          chronicle_list_widths_add (&self->widths, c, text_w);
        }
    }
  for (Column c = COLUMN_DATE; c <= COLUMN_PARTNERS; c++)
    headers[c] = text_width (layout, gtk_column_view_column_get_title (self->columns[c]));
  chronicle_list_widths_end (&self->widths, headers, char_width, slack);
  /* A file whose events name no partners (a TimelineJS file, a spreadsheet) has no
   * Partners column: it would be empty on every row. */
  if (!any_partners)
    chronicle_list_widths_hide (&self->widths, COLUMN_PARTNERS);
  gtk_column_view_column_set_visible (self->columns[COLUMN_PARTNERS], any_partners);
  fit_columns (self, gtk_widget_get_width (GTK_WIDGET (self)));
}

/* The row widget a cell sits in (GTK 4.8 has no API for it: a cell's parent is the
 * cell widget, whose parent is the row). */
static GtkWidget *
row_of_cell (GtkWidget *child)
{
  GtkWidget *cell = gtk_widget_get_parent (child);

  return cell != NULL ? gtk_widget_get_parent (cell) : NULL;
}

/* A row's name, for a screen reader: "date, kind, title, partners". */
static char *
row_name (ChronicleEventList *self,
          ChronicleEvent     *event)
{
  g_autofree char *date = cell_text (self, event, COLUMN_DATE);
  g_autofree char *kind = cell_text (self, event, COLUMN_KIND);
  g_autofree char *title = cell_text (self, event, COLUMN_TITLE);
  g_autofree char *partners = cell_text (self, event, COLUMN_PARTNERS);

  if (partners[0] == '\0')
    /* Translators: a List row's name for screen readers: %1$s the date, %2$s the
     * kind, %3$s the title. */
    return g_strdup_printf (_("%1$s, %2$s, %3$s"), date, kind, title);
  /* Translators: a List row's name for screen readers: %1$s the date, %2$s the
   * kind, %3$s the title, %4$s the partners ("China, Laos"). */
  return g_strdup_printf (_("%1$s, %2$s, %3$s, %4$s"), date, kind, title, partners);
}

/* The tooltip shows what an ellipsis hides: a title's whole text, and the text of a
 * column narrower than its longest; the date the author's words for it stand for. */
static void
set_cell_tooltip (ChronicleEventList *self,
                  GtkLabel           *label,
                  ChronicleEvent     *event,
                  Column              column)
{
  const char *text = gtk_label_get_text (label);

  if (column == COLUMN_DATE && chronicle_event_get_display_date (event) != NULL)
    {
      g_autofree char *date = chronicle_date_format_range (chronicle_event_get_start (event),
                                                           chronicle_event_get_end (event));
      /* Translators: the tooltip of a List date cell showing the author's words for the
       * date: %1$s those words ("Summer 1969"), %2$s the date ("1969"). */
      g_autofree char *tip = g_strdup_printf (_("%1$s (%2$s)"), text, date);

      gtk_widget_set_tooltip_text (GTK_WIDGET (label), tip);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), column == COLUMN_TITLE || self->capped[column] ? text : NULL);
}

static void
set_cell_tooltips (ChronicleEventList *self,
                   GtkWidget          *widget)
{
  ChronicleEvent *event = g_object_get_data (G_OBJECT (widget), "chronicle-event");

  if (GTK_IS_LABEL (widget) && event != NULL)
    set_cell_tooltip (self, GTK_LABEL (widget), event,
                      GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "chronicle-column")));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    set_cell_tooltips (self, child);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ChronicleEventList       *self)
{
  ChronicleEvent *event = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = cell_text (self, event, column);

  /* Plain text: the data's markup is never interpreted (tooltip-text is plain too). */
  gtk_label_set_text (label, text);
  /* An empty cell (no partners) has no label: GTK would name an empty one "GtkLabel". */
  gtk_widget_set_visible (GTK_WIDGET (label), text[0] != '\0');
  /* The cell is read by its text, not by its class name (GtkColumnViewCell). */
  if (gtk_widget_get_parent (GTK_WIDGET (label)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (label))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data (G_OBJECT (label), "chronicle-event", event);
  set_cell_tooltip (self, label, event, column);

  /* The row is what a screen reader reads as the user moves: its whole name. */
  if (column == COLUMN_TITLE)
    {
      GtkWidget *row = row_of_cell (GTK_WIDGET (label));
      g_autofree char *name = row_name (self, event);

      if (row != NULL)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          g_object_set_data (G_OBJECT (row), "chronicle-event", event);
        }
    }
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ChronicleEventList       *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *row = column == COLUMN_TITLE ? row_of_cell (gtk_list_item_get_child (item)) : NULL;

  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "chronicle-event", NULL);

  if (row != NULL)
    g_object_set_data (G_OBJECT (row), "chronicle-event", NULL);
}

/* ---- sorting ------------------------------------------------------------------- */

static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ChronicleEvent *x = (ChronicleEvent *) a, *y = (ChronicleEvent *) b;
  int order = chronicle_date_compare (chronicle_event_get_start (x), chronicle_event_get_start (y));

  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_texts (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ChronicleEventList *self = g_object_get_data (G_OBJECT (user_data), "list");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (user_data), "column"));
  g_autofree char *x = cell_text (self, (ChronicleEvent *) a, column);
  g_autofree char *y = cell_text (self, (ChronicleEvent *) b, column);
  int order = g_utf8_collate (x, y);

  if (order == 0)
    return compare_dates (a, b, NULL);
  return order < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static GtkSorter *
column_sorter (ChronicleEventList *self,
               Column              column)
{
  GtkCustomSorter *sorter;

  if (column == COLUMN_DATE)
    return GTK_SORTER (gtk_custom_sorter_new (compare_dates, NULL, NULL));
  if (column == COLUMN_PARTNERS)
    return NULL;
  /* The sorter carries its column and its list (borrowed: the list owns the sorter). */
  sorter = gtk_custom_sorter_new (NULL, NULL, NULL);
  g_object_set_data (G_OBJECT (sorter), "list", self);
  g_object_set_data (G_OBJECT (sorter), "column", GINT_TO_POINTER (column));
  gtk_custom_sorter_set_sort_func (sorter, compare_texts, sorter, NULL);
  return GTK_SORTER (sorter);
}

static void
add_column (ChronicleEventList *self,
            const char         *title,
            Column              column,
            gboolean            expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cell_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cell_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cell_cb), self, 0);
  col = gtk_column_view_column_new (title, factory);
  {
    g_autoptr(GtkSorter) sorter = column_sorter (self, column);

    gtk_column_view_column_set_sorter (col, sorter);
  }
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->column_view, col);
  self->columns[column] = col;
  g_object_unref (col);
}

/* The list's columns and rows are widgets, made when the List page is first shown:
 * made at start, for a page nobody sees yet, they cost a quarter of Chronicle's
 * startup work over a bare window (chronicle-bench startup). */
static void
chronicle_event_list_map (GtkWidget *widget)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (widget);

  if (gtk_column_view_get_model (self->column_view) == NULL)
    {
      add_column (self, C_("column", "Date"), COLUMN_DATE, FALSE);
      add_column (self, C_("column", "Kind"), COLUMN_KIND, FALSE);
      add_column (self, C_("column", "Title"), COLUMN_TITLE, TRUE);
      add_column (self, C_("column", "Partners"), COLUMN_PARTNERS, FALSE);
      measure_columns (self);
      /* The column titles are named after their class (GtkColumnViewTitle) in GTK 4.8:
       * by their text, as the header row shows it. */
      for (GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); header;
           header = gtk_widget_get_next_sibling (header))
        if (!GTK_IS_LIST_VIEW (header))
          for (GtkWidget *title = gtk_widget_get_first_child (header); title; title = gtk_widget_get_next_sibling (title))
            {
              GtkWidget *label = gtk_widget_get_first_child (title);

              while (label != NULL && !GTK_IS_LABEL (label))
                label = gtk_widget_get_first_child (label);
              if (label != NULL)
                gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                gtk_label_get_text (GTK_LABEL (label)), -1);
            }
      gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->column_view));
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }

  GTK_WIDGET_CLASS (chronicle_event_list_parent_class)->map (widget);
  chronicle_event_list_focus (self);
}

/* The page is its stack, as a bin; the columns' shares follow its width. */
static void
chronicle_event_list_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (CHRONICLE_EVENT_LIST (widget)->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
chronicle_event_list_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (widget);

  fit_columns (self, width);
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
}

/* A new text size or font: the columns are measured again. */
static void
chronicle_event_list_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (widget);
  PangoContext *context;
  g_autofree char *font = NULL;

  GTK_WIDGET_CLASS (chronicle_event_list_parent_class)->css_changed (widget, change);
  if (self->measured_font == NULL || self->column_view == NULL || self->columns[COLUMN_DATE] == NULL)
    return;
  context = gtk_widget_get_pango_context (GTK_WIDGET (self->column_view));
  font = pango_font_description_to_string (pango_context_get_font_description (context));
  if (g_strcmp0 (font, self->measured_font) != 0)
    measure_columns (self);
}

static void
chronicle_event_list_unmap (GtkWidget *widget)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (widget);

  if (self->focus_tick_id != 0)
    gtk_widget_remove_tick_callback (widget, self->focus_tick_id);
  self->focus_tick_id = 0;
  GTK_WIDGET_CLASS (chronicle_event_list_parent_class)->unmap (widget);
}

/* The column view's list: its list.* actions are there. */
static GtkWidget *
inner_list (ChronicleEventList *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/* Once the row of the selected event exists (it is made when scrolled to), it takes
 * the focus; a few frames at most. */
static gboolean
focus_selected_row_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (widget);
  ChronicleEvent *event = chronicle_session_get_selection (self->session);
  GtkWidget *list = inner_list (self);

  for (GtkWidget *row = list ? gtk_widget_get_first_child (list) : NULL; row; row = gtk_widget_get_next_sibling (row))
    if (event != NULL && g_object_get_data (G_OBJECT (row), "chronicle-event") == event &&
        gtk_widget_get_mapped (row))
      {
        gtk_widget_grab_focus (row);
        self->focus_tick_id = 0;
        return G_SOURCE_REMOVE;
      }
  if (++self->focus_tries < 10)
    return G_SOURCE_CONTINUE;
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  self->focus_tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* ---- GObject ------------------------------------------------------------------- */

static void
chronicle_event_list_dispose (GObject *object)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (object);

  /* Borrowed: they go with the column view. */
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    self->columns[i] = NULL;
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHRONICLE_TYPE_EVENT_LIST);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (chronicle_event_list_parent_class)->dispose (object);
}

static void
chronicle_event_list_finalize (GObject *object)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (object);

  g_free (self->measured_font);
  chronicle_list_widths_clear (&self->widths);

  G_OBJECT_CLASS (chronicle_event_list_parent_class)->finalize (object);
}

static void
chronicle_event_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, chronicle_event_list_get_session (CHRONICLE_EVENT_LIST (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chronicle_event_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      chronicle_event_list_set_session (CHRONICLE_EVENT_LIST (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* list.sort ("column", descending): the column headers' sorts, from the Sort By menu. */
static void
sort_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChronicleEventList *self = CHRONICLE_EVENT_LIST (widget);
  static const char *names[] = { [COLUMN_DATE] = "date", [COLUMN_KIND] = "kind",
                                 [COLUMN_TITLE] = "title", [COLUMN_PARTNERS] = "partners" };
  const char *name;
  gboolean descending;

  g_variant_get (parameter, "(&sb)", &name, &descending);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]) && self->columns[i] != NULL)
      gtk_column_view_sort_by_column (self->column_view, self->columns[i],
                                      descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

static void
chronicle_event_list_class_init (ChronicleEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chronicle_event_list_dispose;
  object_class->finalize = chronicle_event_list_finalize;
  object_class->get_property = chronicle_event_list_get_property;
  object_class->set_property = chronicle_event_list_set_property;
  widget_class->map = chronicle_event_list_map;
  widget_class->unmap = chronicle_event_list_unmap;
  widget_class->css_changed = chronicle_event_list_css_changed;
  widget_class->measure = chronicle_event_list_measure;
  widget_class->size_allocate = chronicle_event_list_size_allocate;

  /**
   * ChronicleEventList:session:
   *
   * The session whose kept events the list shows, and whose selection it shares.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CHRONICLE_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/chronicle-event-list.ui");
  gtk_widget_class_bind_template_child (widget_class, ChronicleEventList, stack);
  gtk_widget_class_bind_template_child (widget_class, ChronicleEventList, scroller);
  gtk_widget_class_bind_template_child (widget_class, ChronicleEventList, column_view);
  gtk_widget_class_bind_template_child (widget_class, ChronicleEventList, sort_button);
  gtk_widget_class_install_action (widget_class, "list.sort", "(sb)", sort_action);
}

static void
chronicle_event_list_init (ChronicleEventList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK 4.8 names a menu button, and the button in it, after their classes. */
  /* Translators: the List's Sort By menu button, as a screen reader names it. */
  chronicle_accessible_set_name (self->sort_button, _("Sort By"));
  for (GtkWidget *child = gtk_widget_get_first_child (self->sort_button); child; child = gtk_widget_get_next_sibling (child))
    chronicle_accessible_set_name (child, _("Sort By"));

  /* The column view's header row is a table row too: it is named as what it is. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    /* the rows' list, which GTK leaves named after its class */
                                    GTK_IS_LIST_VIEW (child) ? _("Events") : _("Column headers"), -1);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->model)), NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  /* Space on the selected row keeps it selected (the session deselects when a filter
   * drops the event). */
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selected_cb), self, G_CONNECT_SWAPPED);

  self->session_signals = g_signal_group_new (CHRONICLE_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (on_session_dataset_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::match-set", G_CALLBACK (on_session_match_set_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selection", G_CALLBACK (on_session_selection_cb), self);
  g_signal_connect_object (self->session_signals, "bind", G_CALLBACK (on_session_bind_cb), self, G_CONNECT_SWAPPED);
}

/**
 * chronicle_event_list_get_session:
 *
 * Returns: (transfer none) (nullable): the session the list follows
 */
ChronicleSession *
chronicle_event_list_get_session (ChronicleEventList *self)
{
  g_return_val_if_fail (CHRONICLE_IS_EVENT_LIST (self), NULL);
  return self->session;
}

void
chronicle_event_list_set_session (ChronicleEventList *self,
                                  ChronicleSession   *session)
{
  g_return_if_fail (CHRONICLE_IS_EVENT_LIST (self));
  g_return_if_fail (session == NULL || CHRONICLE_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  if (session == NULL)
    gtk_filter_list_model_set_model (self->model, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * chronicle_event_list_focus:
 *
 * Gives the list the keyboard focus: the selected event's row, scrolled into view,
 * or the first row when nothing selected is in the list.
 */
void
chronicle_event_list_focus (ChronicleEventList *self)
{
  guint row;
  GtkWidget *list;

  g_return_if_fail (CHRONICLE_IS_EVENT_LIST (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || self->session == NULL)
    return;
  row = selection_row (self);
  list = inner_list (self);
  if (row == GTK_INVALID_LIST_POSITION || list == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
      return;
    }
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", row);
  self->focus_tries = 0;
  if (self->focus_tick_id == 0)
    self->focus_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_selected_row_cb, NULL, NULL);
}
