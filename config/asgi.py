"""ASGI entry point (uvicorn config.asgi:application): what serves the gateway's async views.

With CUSTOS_WARM_UP=true the classifier engine is built at import, before
the first request, and the objects loaded so far are frozen out of the
garbage collector, as in config/wsgi.py.
"""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_asgi_application()

if os.environ.get("CUSTOS_WARM_UP", "").lower() in {"1", "true", "yes", "on"}:
    import classifier

    classifier.warm_up()
    gc.collect()
    gc.freeze()
