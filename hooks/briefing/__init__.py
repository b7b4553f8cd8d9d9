"""Briefing's engine: a folder of articles in, a briefing model, its pages and its export out.

It never imports MkDocs. The stages, in pipeline order, one package each:

    s1_read → s2_dates → s3_names → s4_quotes → s5_events   (each article alone)
    s6_compare                                              (across articles)
    s7_render                                               (Markdown pages)

`assemble` runs them into a `model.Briefing`; `export` writes it as JSON; `cache` keeps what
each article yielded between builds. `lexicon` holds the word lists the stages read, and
`calendar` the arithmetic on TIMEX3 values; a stage imports only from earlier stages and these.
"""
