COPY events
    (id, article_id, event_type, cameo_code, trigger, trigger_start, trigger_end,
     sentence_start, sentence_end, event_date, date_precision, date_text,
     place_entity_id, place_text, place_start, place_end, place_source,
     count_value, count_unit, count_qualifier, count_approximate,
     negated, modality, confidence, model_name, model_version, lexicon_version)
FROM STDIN
