from alembic import context

from triage.db.models import Base

config = context.config


def run() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            compare_type=True,
        )
        context.run_migrations()


run()
