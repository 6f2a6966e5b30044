"""WSGI entry point (gunicorn config.wsgi).

With CUSTOS_WARM_UP=true the classifier engine is built at import, so
``gunicorn --preload`` loads the spaCy model once and every worker shares it,
and no first request pays for the load. The objects loaded so far are then
frozen out of the garbage collector: they live as long as the process, and
a full collection walking the model's ~150,000 objects would stall one
request for tens of milliseconds (and, after fork, touch every shared page).

Service-key API paths (the pre-flight) run through a shorter middleware
stack than the web UI (``config/service_api.py``).
"""

import gc
import os

from django.core.wsgi import get_wsgi_application

from config.service_api import ServiceApiRouter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = ServiceApiRouter(get_wsgi_application())

if os.environ.get("CUSTOS_WARM_UP", "").lower() in {"1", "true", "yes", "on"}:
    import classifier

    classifier.warm_up()
    gc.collect()
    gc.freeze()
