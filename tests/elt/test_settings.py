import pytest
from pydantic import ValidationError

from elt.settings import ApiSettingsMissing, Settings, clean_host

pytestmark = pytest.mark.usefixtures("clean_environment")


def settings(**values) -> Settings:
    return Settings(_env_file=None, **values)


def test_host_written_as_url_is_cleaned_to_the_bare_host():
    assert clean_host("http://db.example.org/") == "db.example.org"
    assert clean_host("https://db.example.org:5432/medilink") == "db.example.org:5432"
    assert settings(postgres_host="http://db.example.org/").postgres_host == "db.example.org"


def test_empty_port_means_the_default_5432():
    assert settings(postgres_host="db", postgres_port="").postgres_port == 5432
    assert settings(postgres_host="db", postgres_port="  ").postgres_port == 5432
    assert settings(postgres_host="db", postgres_port="6543").postgres_port == 6543


def test_url_is_built_from_the_seed_variables_with_the_password_quoted():
    built = settings(
        postgres_host="http://db/",
        postgres_port="",
        postgres_user="med",
        postgres_password="p@ss:w/rd",
        postgres_db="records",
    )
    assert built.libpq_url == "postgresql://med:p%40ss%3Aw%2Frd@db:5432/records"
    assert built.sqlalchemy_url == "postgresql+psycopg://med:p%40ss%3Aw%2Frd@db:5432/records"


def test_database_url_wins_over_the_seed_variables():
    built = settings(database_url="postgres://u:p@elsewhere:5433/x", postgres_host="db")
    assert built.libpq_url == "postgresql://u:p@elsewhere:5433/x"


def test_empty_values_count_as_unset():
    built = settings(database_url="", aws_endpoint_url=" ", postgres_password="")
    assert built.database_url is None and built.aws_endpoint_url is None and built.postgres_password is None
    assert not built.database_configured


def test_settings_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("POSTGRES_HOST", "http://from-env/")
    monkeypatch.setenv("POSTGRES_PORT", "")
    monkeypatch.setenv("S3_PREFIX", "/custom/prefix/")
    built = Settings(_env_file=None)
    assert (built.postgres_host, built.postgres_port, built.s3_prefix) == ("from-env", 5432, "custom/prefix")
    assert built.input_prefix == "custom/prefix/input/"


def test_the_design_documents_s3_and_region_variables_are_honoured(monkeypatch):
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("S3_INPUT_PREFIX", "medical_records/incoming")
    monkeypatch.setenv("S3_ARCHIVE_PREFIX", "/processed/")
    built = Settings(_env_file=None)
    assert (built.aws_default_region, built.input_prefix, built.archive_prefix) == (
        "eu-west-1",
        "medical_records/incoming/",
        "processed/",
    )
    monkeypatch.setenv("AWS_DEFAULT_REGION", "af-south-1")  # the SDK's own name wins over the alias
    assert Settings(_env_file=None).aws_default_region == "af-south-1"


def test_without_the_document_prefixes_the_folders_follow_s3_prefix():
    built = settings(s3_prefix="/tenant/x/", s3_input_prefix=" ", s3_archive_prefix="")
    assert (built.input_prefix, built.archive_prefix) == ("tenant/x/input/", "tenant/x/archive/")


def test_sslmode_and_root_certificate_reach_the_libpq_and_sqlalchemy_urls():
    built = settings(
        postgres_host="db.rds.amazonaws.com",
        postgres_sslmode="verify-full",
        postgres_sslrootcert="/etc/ssl/rds/global-bundle.pem",
    )
    tls = "sslmode=verify-full&sslrootcert=/etc/ssl/rds/global-bundle.pem"
    assert built.libpq_url == f"postgresql://postgres@db.rds.amazonaws.com:5432/medilink?{tls}"
    assert built.sqlalchemy_url == f"postgresql+psycopg://postgres@db.rds.amazonaws.com:5432/medilink?{tls}"


def test_sslmode_joins_a_database_url_query_but_never_overrides_it():
    socket = settings(database_url="postgresql://u@/m?host=/srv/run&port=5433", postgres_sslmode="require")
    assert socket.libpq_url == "postgresql://u@/m?host=/srv/run&port=5433&sslmode=require"
    explicit = settings(database_url="postgresql://u@h/m?sslmode=disable", postgres_sslmode="require")
    assert explicit.libpq_url == "postgresql://u@h/m?sslmode=disable"
    assert settings(database_url="postgresql://u@h/m").libpq_url == "postgresql://u@h/m"


def test_an_unknown_sslmode_is_refused():
    with pytest.raises(ValueError, match="sslmode"):
        settings(postgres_host="db", postgres_sslmode="verify")


def test_sslmode_is_what_the_real_connection_uses(database_url):
    import psycopg

    required = settings(database_url=database_url, postgres_sslmode="require")
    with psycopg.connect(database_url) as plain:
        server_ssl = plain.execute("show ssl").fetchone()[0] == "on"
    if server_ssl:
        with psycopg.connect(required.libpq_url) as conn:
            assert conn.execute("select ssl from pg_stat_ssl where pid = pg_backend_pid()").fetchone()[0]
    else:
        # The test server has no TLS: libpq must refuse rather than fall back to clear text.
        with pytest.raises(psycopg.OperationalError, match="SSL"):
            psycopg.connect(required.libpq_url)
    with psycopg.connect(settings(database_url=database_url, postgres_sslmode="disable").libpq_url) as conn:
        assert conn.execute("select 1").fetchone() == (1,)


def test_the_local_airflow_sends_statsd_only_when_asked_and_passes_the_alert_target():
    from elt.airflow_local import statsd_env

    assert statsd_env(settings()) == {}
    env = statsd_env(settings(medilink_airflow_statsd="127.0.0.1:8125", medilink_alert_url="json://127.0.0.1/x"))
    assert env == {
        "MEDILINK_ALERT_URL": "json://127.0.0.1/x",
        "AIRFLOW__METRICS__STATSD_ON": "True",
        "AIRFLOW__METRICS__STATSD_HOST": "127.0.0.1",
        "AIRFLOW__METRICS__STATSD_PORT": "8125",
        "AIRFLOW__METRICS__STATSD_PREFIX": "airflow",
    }


def test_operations_settings_have_their_documented_defaults():
    built = settings()
    assert built.medilink_alert_url is None and built.medilink_metrics_textfile_dir is None
    assert (built.medilink_slow_run_factor, built.medilink_dq_rejection_margin) == (3.0, 0.10)
    assert (built.medilink_dq_silent_days, built.medilink_dq_active_days) == (7, 90)
    with pytest.raises(ValueError, match="medilink_dq_rejection_margin"):
        settings(medilink_dq_rejection_margin=1.5)


def test_the_stack_env_file_is_found_when_settings_are_built_not_when_the_module_was_imported(monkeypatch, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for home, bucket in ((first, "first-bucket"), (second, "second-bucket")):
        home.mkdir()
        (home / "stack.env").write_text(f"S3_BUCKET={bucket}\nMEDILINK_AIRFLOW_PORT=9001\n")
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("MEDILINK_HOME", str(first))
    assert (Settings().s3_bucket, Settings().medilink_airflow_port) == ("first-bucket", 9001)
    monkeypatch.setenv("MEDILINK_HOME", str(second))
    assert (Settings().s3_bucket, Settings().medilink_home) == ("second-bucket", second)
    assert Settings(_env_file=None).s3_bucket == "medilink"  # no file at all when asked


def test_the_api_secret_is_needed_only_where_the_api_is_built():
    plain = settings()  # the CLI and the pipeline build settings without any API variable
    assert plain.api_jwt_secret is None
    with pytest.raises(ApiSettingsMissing, match="API_JWT_SECRET"):
        plain.require_api()
    complete = settings(api_jwt_secret="k" * 32, airflow_admin_user="ops", api_cors_origins="https://a.org/, b")
    assert complete.require_api() is complete
    assert (complete.airflow_username, complete.api_cors_origins) == ("ops", ["https://a.org", "b"])


def test_a_too_short_api_secret_is_refused_without_echoing_it():
    with pytest.raises(ValidationError) as refused:
        settings(api_jwt_secret="short-and-secret")
    assert "api_jwt_secret" in str(refused.value)
    assert "short-and-secret" not in str(refused.value)
