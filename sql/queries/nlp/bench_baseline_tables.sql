-- bench/pipeline_bench.py: tables of the same shape, indexes and foreign keys as the NLP result
-- tables, for timing a raw COPY of the very rows the bulk load wrote (the lower bound it is held to).
CREATE TABLE copy_entities (LIKE entities INCLUDING ALL);
CREATE TABLE copy_entity_mentions (LIKE entity_mentions INCLUDING ALL,
    FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
    FOREIGN KEY (entity_id) REFERENCES copy_entities (id));
CREATE TABLE copy_quantities (LIKE quantities INCLUDING ALL,
    FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE);
CREATE TABLE copy_events (LIKE events INCLUDING ALL,
    FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
    FOREIGN KEY (place_entity_id) REFERENCES copy_entities (id));
CREATE TABLE copy_event_participants (LIKE event_participants INCLUDING ALL,
    FOREIGN KEY (event_id) REFERENCES copy_events (id) ON DELETE CASCADE,
    FOREIGN KEY (entity_id) REFERENCES copy_entities (id));
CREATE TABLE copy_normalization_replacements (LIKE normalization_replacements INCLUDING ALL,
    FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE);
