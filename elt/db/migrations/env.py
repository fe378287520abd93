"""Alembic environment: the URL comes from the caller (elt.db.migrate), never from a file."""

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
url = config.attributes["url"]


def run_offline() -> None:
    # Offline mode renders the SQL that becomes elt/init.sql (the seed's `psql -f` path).
    context.configure(url=url, literal_binds=True, transaction_per_migration=False)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
