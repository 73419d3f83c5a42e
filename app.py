"""Entry point. `python app.py` serves the site on http://127.0.0.1:8050 with the embedded
defaults; `server` is the WSGI app for gunicorn (see Procfile)."""

from dashboard import create_app
from dashboard.settings import Settings

settings = Settings.from_env()
app = create_app(settings)
server = app.server

if __name__ == "__main__":
    app.run(host=settings.host, port=settings.port, debug=settings.debug)
