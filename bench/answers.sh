#!/usr/bin/env bash
# Answer benchmark: how well the assistant answers visitors on sites nobody tuned it for. For each site (the
# repository's fixture sites by default, or every folder under SITES_DIR with the same layout: www/ and qa.json),
# serves the site on loopback, crawls and indexes it with the runtime as shipped (generic template) beside the
# inference service as shipped, asks every question through POST /api/chat, and prints per site and overall: right
# answers (first source's page and every answerContains string), source@1, facts (every answerContains string,
# whatever the page), noContent recall, false noContent, chat p50/p99 (warm). testing/fixtures/README.md defines the scoring.
#   bench/answers.sh [--variant NAME[+NAME...]] [SITES_DIR]
# --variant serves every page as another site builder or editor would have written it (MarkupVariant; several joined by
# + are applied in that order, as real sites combine habits): two blocks a template adds to every page's main content (a
# call to action, a testimonial), every subheading as a paragraph in bold, every accordion's answer hidden until its
# button is clicked, every run of sections a tabs widget, no <main> and the header, navigation and footer unmarked
# <div>s, every table a grid of <div>s, paragraphs as <br><br> in one <div>, every FAQ entry one paragraph (bold
# question, <br>, answer), every page titled with the site's name alone, every block an Elementor widget, the whole page
# in a layout table, every FAQ entry an item of a list (Squarespace's accordion), every h2 with its first paragraph in a
# <div class="section-header"> or a <header>, every page's h1 in a title bar before <main> (or with its lead paragraph
# in a hero <header>, or alone in a <main> the rest follows), the site's name the one h1 (each page's title an h2),
# every h2 an h1, tabs as links to their panels or paired with them by order (Divi), every section's text after its
# first paragraph in a "Read more" modal, subheadings and paragraphs as bold lines and <br>s in one text box (Weebly),
# every h2-h6 a <div class="section-title"> or "card-title", every table's equal cells down a column merged (rowspan),
# every second section a card in an <aside> beside the text, every FAQ entry a Webflow dropdown (the answer in a <nav>),
# the last paragraph of every section a Bootstrap alert (role=alert), every block written twice, for wide screens and
# for phones (Elementor's elementor-hidden-mobile / -desktop), every h2-h6 a <div role="heading">, or every table of two
# columns a <dl>. NAME: template-blocks, bold-headings,
# text-boxes, hidden-panels, tabbed-sections, link-tabs, position-tabs, unmarked-chrome, div-tables, br-paragraphs,
# inline-faq, site-name-titles, page-builder-widgets, layout-table, list-accordion, section-headers,
# section-header-elements, title-bar, hero-header, short-main, site-title-h1, h1-sections, read-more-modals, title-divs,
# spanned-tables, sidebar-cards, dropdown-faq, alert-notes, responsive-copies, aria-headings, definition-lists. The
# fixture sites have none of these,
# many real ones do: the figures should hold (docs/answer-quality.md lists them).
# Goals (issue 13), per site: >= 27/30 right, >= 7/8 noContent, <= 1 false noContent.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VARIANT=""
if [ "${1:-}" = "--variant" ]; then VARIANT="${2:?--variant needs a name (see the top of this script)}"; shift 2; fi
SITES="$(cd "${1:-$REPO/testing/fixtures/sites}" && pwd)"
cd "$REPO"
source bench/common.bash
runtime_bench_java -Dxapp.fixtures.dir="$REPO/testing/fixtures" -Dxapp.answers.variant="$VARIANT" -- \
  io.xapp.runtime.answers.AnswerBenchmark "$SITES"
