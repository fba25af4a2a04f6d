"""html.entities for Taipan: the HTML5 named character references (`html5`).

Written for Taipan (issue #6, decision 0020); the table is generated data
(stdlib/html/_entity_data.py, tools/gen_html_entities.py). The HTML 4.01
tables (name2codepoint, codepoint2name, entitydefs) are not provided.
"""

from html._entity_data import html5

__all__ = ['html5']
