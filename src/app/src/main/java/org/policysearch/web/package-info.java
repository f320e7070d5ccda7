/** The HTTP face of policy-search: the JSON API and the static web page, served by Javalin. */
package org.policysearch.web;
