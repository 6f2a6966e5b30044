"""The entity types of GDPR Art. 9 special categories and Art. 10 criminal data, as the recognizers report them."""

from classifier.recognizers.base import SPAN_MODEL_TYPES

SPECIAL = SPAN_MODEL_TYPES
