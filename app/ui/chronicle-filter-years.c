/* chronicle-filter-years.c — the filter bar's years: All, quick buttons, a range
 *
 * Copyright 2026 The Chronicle authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked toggle buttons over a ChronicleFilter's date range: "All", quick buttons
 * that are the data's own span (its years when they are few; else groups of 2, 5,
 * 10, 20, 50, 100… years as the span needs, each button named by the years its
 * events have), and "Years…", a popover with two spin buttons for any range of
 * years. The filter bar gives it the dataset and the filter, and resets it when
 * every filter is cleared.
 */

#define G_LOG_DOMAIN "chronicle-filter-years"

#include "config.h"

#include "chronicle-filter-years.h"

#include <glib/gi18n.h>

#include "chronicle-accessible.h"
#include "chronicle-date-format.h"
#include "chronicle-wrap-layout.h"

struct _ChronicleFilterYears
{
  GtkWidget         parent_instance;

  ChronicleDataset *dataset;
  ChronicleFilter  *filter;
  GtkWidget        *custom_from;   /* NULL until the custom range is first opened */
  GtkWidget        *custom_to;
  int               min_year;
  int               max_year;
  gboolean          updating;
};

G_DEFINE_FINAL_TYPE (ChronicleFilterYears, chronicle_filter_years, GTK_TYPE_WIDGET)

static void
on_year_toggled_cb (GtkToggleButton      *button,
                    ChronicleFilterYears *self)
{
  const gint64 *years;

  if (self->updating || self->filter == NULL || !gtk_toggle_button_get_active (button))
    return;
  years = g_object_get_data (G_OBJECT (button), "years");
  if (years == NULL)
    chronicle_filter_clear_range (self->filter);
  else
    chronicle_filter_set_range (self->filter, chronicle_days_from_civil (years[0], 1, 1),
                                chronicle_days_from_civil (years[1] + 1, 1, 1));
}

static void
on_custom_range_cb (GtkButton            *button,
                    ChronicleFilterYears *self)
{
  int from = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->custom_from));
  int to = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->custom_to));

  if (to < from)
    {
      int t = from;
      from = to, to = t;
    }
  self->updating = TRUE;
  for (GtkWidget *b = gtk_widget_get_first_child (GTK_WIDGET (self)); b; b = gtk_widget_get_next_sibling (b))
    if (GTK_IS_TOGGLE_BUTTON (b))
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), FALSE);
  self->updating = FALSE;
  if (self->filter != NULL)
    chronicle_filter_set_range (self->filter, chronicle_days_from_civil (from, 1, 1),
                                chronicle_days_from_civil (to + 1, 1, 1));
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER)));
}

static void
on_custom_show_cb (GtkWidget            *popover,
                   ChronicleFilterYears *self)
{
  GtkWidget *grid, *apply, *from_label, *to_label;

  if (self->custom_from != NULL)
    return;
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  self->custom_from = gtk_spin_button_new_with_range (MIN (self->min_year, 9999), MAX (self->max_year, 1), 1);
  self->custom_to = gtk_spin_button_new_with_range (MIN (self->min_year, 9999), MAX (self->max_year, 1), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->custom_from), self->min_year);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->custom_to), self->max_year);
  from_label = gtk_label_new_with_mnemonic (_("_From"));
  to_label = gtk_label_new_with_mnemonic (_("_To"));
  /* The labels name the spin buttons, for Alt+F / Alt+T and for screen readers. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (from_label), self->custom_from);
  gtk_label_set_mnemonic_widget (GTK_LABEL (to_label), self->custom_to);
  gtk_grid_attach (GTK_GRID (grid), from_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->custom_from, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), to_label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->custom_to, 1, 1, 1, 1);
  apply = gtk_button_new_with_mnemonic (_("_Show These Years"));
  chronicle_accessible_set_name (apply, _("Show These Years"));
  gtk_widget_add_css_class (apply, "suggested-action");
  g_signal_connect (apply, "clicked", G_CALLBACK (on_custom_range_cb), self);
  gtk_grid_attach (GTK_GRID (grid), apply, 0, 2, 2, 1);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
}

/* At most this many quick buttons besides All. */
#define MAX_QUICK_YEARS 6

/* The quick buttons are the data's own span: a button per year that has events when
 * there are few enough; else per 2, 5, 10, 20, 50, 100… years (the first that makes
 * few enough groups), each named and filtering by the years its events have
 * ("1914 – 1918", "13.8 billion years ago"). */
static void
add_quick_years (ChronicleFilterYears *self,
                 GtkWidget            *all)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);
  guint n = chronicle_event_store_get_n_events (store);
  g_autoptr(GArray) years = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  static const gint64 mantissa[] = { 1, 2, 5 };
  gint64 step = 1, scale = 1;
  guint n_groups = 0;

  for (guint i = 0; i < n; i++)
    g_array_append_val (years, chronicle_event_get_start (chronicle_event_store_get_event (store, i))->year);
  /* The store is sorted by start: the years come in order. */
  for (;;)
    {
      gint64 last = 0;

      n_groups = 0;
      for (guint i = 0; i < years->len; i++)
        {
          gint64 group = g_array_index (years, gint64, i) / step - (g_array_index (years, gint64, i) % step < 0);

          if (i == 0 || group != last)
            n_groups++;
          last = group;
        }
      if (n_groups <= MAX_QUICK_YEARS || scale > G_MAXINT64 / 100)
        break;
      /* 1, 2, 5, 10, 20, 50… years: groups as even as a round number allows. */
      if (step == 5 * scale)
        scale *= 10, step = scale;
      else
        step = scale * mantissa[step / scale == 1 ? 1 : 2];
    }

  for (guint i = 0; i < years->len;)
    {
      gint64 first = g_array_index (years, gint64, i);
      gint64 group = first / step - (first % step < 0);
      gint64 last = first;
      gint64 *range;
      g_autofree char *label = NULL;
      GtkWidget *button;
      GtkLabel *text;

      for (; i < years->len; i++)
        {
          gint64 y = g_array_index (years, gint64, i);

          if (y / step - (y % step < 0) != group)
            break;
          last = y;
        }
      if (first == last)
        label = chronicle_year_format (first);
      else
        {
          ChronicleDate from = { .year = first, .precision = CHRONICLE_PRECISION_YEAR };
          ChronicleDate to = { .year = last, .precision = CHRONICLE_PRECISION_YEAR };

          label = chronicle_date_format_range (&from, &to);
        }
      button = gtk_toggle_button_new_with_label (label);
      text = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)));
      /* A long name ("538.8 million years ago", "315,000 years ago – 3500 BCE") is
       * whole on one line when there is room; else it wraps at its words onto up to
       * three lines ("538.8 million" over "years ago"), and only past them is it
       * shortened, so a button never widens the window and still says what it
       * filters. Whole in its tooltip and to a screen reader (the label's text). */
      gtk_label_set_wrap (text, TRUE);
      gtk_label_set_wrap_mode (text, PANGO_WRAP_WORD);
      gtk_label_set_lines (text, 3);
      gtk_label_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      gtk_label_set_justify (text, GTK_JUSTIFY_CENTER);
      gtk_widget_set_tooltip_text (button, label);
      range = g_new (gint64, 2);
      range[0] = first;
      range[1] = last;
      g_object_set_data_full (G_OBJECT (button), "years", range, g_free);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (all));
      g_signal_connect (button, "toggled", G_CALLBACK (on_year_toggled_cb), self);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
    }
}

static void
hide_tooltip_cb (GtkWidget *button)
{
  gtk_widget_set_has_tooltip (button, FALSE);
  gtk_widget_trigger_tooltip_query (button);
}

static void
restore_tooltip_cb (GtkWidget *button)
{
  gtk_widget_set_has_tooltip (button, TRUE);
}

static void
fill_years (ChronicleFilterYears *self)
{
  ChronicleEventStore *store = chronicle_dataset_get_events (self->dataset);
  GtkWidget *child, *all, *custom, *popover;
  gint64 min_year = G_MAXINT64, max_year = G_MININT64;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  /* Translators: the year filter button that shows every year. */
  all = gtk_toggle_button_new_with_label (C_("years", "All"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (all), TRUE);
  g_signal_connect (all, "toggled", G_CALLBACK (on_year_toggled_cb), self);
  gtk_widget_set_parent (all, GTK_WIDGET (self));
  add_quick_years (self, all);

  /* A custom range of years (of the common era, as its spin buttons count): its
   * spin buttons are made when it first opens. */
  for (guint i = 0; i < chronicle_event_store_get_n_events (store); i++)
    {
      gint64 y = chronicle_event_get_start (chronicle_event_store_get_event (store, i))->year;

      if (y < 1 || y > 9999)
        continue;
      min_year = MIN (min_year, y);
      max_year = MAX (max_year, y);
    }
  self->min_year = min_year <= max_year ? (int) min_year : 1;
  self->max_year = min_year <= max_year ? (int) max_year : 1;
  self->custom_from = self->custom_to = NULL;
  custom = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (custom), _("Years…"));
  gtk_widget_set_tooltip_text (custom, _("Choose a range of years"));
  chronicle_accessible_set_name (custom, _("Years…"));
  popover = gtk_popover_new ();
  g_signal_connect (popover, "show", G_CALLBACK (on_custom_show_cb), self);
  /* The button's tooltip would stay over the popover's first row while the pointer
   * rests on the button: none while it is open. */
  g_signal_connect_swapped (popover, "show", G_CALLBACK (hide_tooltip_cb), custom);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (restore_tooltip_cb), custom);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (custom), popover);
  gtk_widget_set_parent (custom, GTK_WIDGET (self));
}

static void
chronicle_filter_years_dispose (GObject *object)
{
  ChronicleFilterYears *self = CHRONICLE_FILTER_YEARS (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (chronicle_filter_years_parent_class)->dispose (object);
}

static void
chronicle_filter_years_class_init (ChronicleFilterYearsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = chronicle_filter_years_dispose;
}

static void
chronicle_filter_years_init (ChronicleFilterYears *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  /* The buttons wrap onto another line where the window is narrower than their row
   * (large text, half a screen): in one box they set the window's minimum width,
   * 873 px at 200 % text, and pushed the window past the screen's edge. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), chronicle_wrap_layout_new (0, 0));
}

GtkWidget *
chronicle_filter_years_new (void)
{
  return g_object_new (CHRONICLE_TYPE_FILTER_YEARS, NULL);
}

/**
 * chronicle_filter_years_set_filter:
 * @filter: (nullable): the filter whose range the buttons set
 */
void
chronicle_filter_years_set_filter (ChronicleFilterYears *self,
                                   ChronicleFilter      *filter)
{
  g_return_if_fail (CHRONICLE_IS_FILTER_YEARS (self));
  g_return_if_fail (filter == NULL || CHRONICLE_IS_FILTER (filter));

  g_set_object (&self->filter, filter);
}

/* The buttons for @dataset's years, All on. */
void
chronicle_filter_years_set_dataset (ChronicleFilterYears *self,
                                    ChronicleDataset     *dataset)
{
  g_return_if_fail (CHRONICLE_IS_FILTER_YEARS (self));
  g_return_if_fail (CHRONICLE_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  fill_years (self);
}

/**
 * chronicle_filter_years_show_range:
 * @first_day: the first day the filter keeps
 * @end_day: the day after its last
 *
 * Shows the filter's range of days, without touching the filter (the same file
 * reloaded keeps it): the quick button for exactly those years on, or, when none is,
 * none (a custom range).
 */
void
chronicle_filter_years_show_range (ChronicleFilterYears *self,
                                   gint64                first_day,
                                   gint64                end_day)
{
  GtkWidget *on = NULL;

  g_return_if_fail (CHRONICLE_IS_FILTER_YEARS (self));

  for (GtkWidget *b = gtk_widget_get_first_child (GTK_WIDGET (self)); b; b = gtk_widget_get_next_sibling (b))
    {
      const gint64 *years = g_object_get_data (G_OBJECT (b), "years");

      if (GTK_IS_TOGGLE_BUTTON (b) && years != NULL &&
          chronicle_days_from_civil (years[0], 1, 1) == first_day &&
          chronicle_days_from_civil (years[1] + 1, 1, 1) == end_day)
        on = b;
    }
  self->updating = TRUE;
  for (GtkWidget *b = gtk_widget_get_first_child (GTK_WIDGET (self)); b; b = gtk_widget_get_next_sibling (b))
    if (GTK_IS_TOGGLE_BUTTON (b))
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), b == on);
  self->updating = FALSE;
}

/* All on again, without touching the filter (Clear Filters clears it). */
void
chronicle_filter_years_reset (ChronicleFilterYears *self)
{
  GtkWidget *all;

  g_return_if_fail (CHRONICLE_IS_FILTER_YEARS (self));

  all = gtk_widget_get_first_child (GTK_WIDGET (self));
  self->updating = TRUE;
  if (GTK_IS_TOGGLE_BUTTON (all))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (all), TRUE);
  self->updating = FALSE;
}
