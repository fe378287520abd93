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
