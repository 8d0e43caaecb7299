-- Reserve event ids up front so events and their participants can both be COPYed.
SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, %(n)s)
